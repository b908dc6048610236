# torch.ops and torch.classes namespaces. Mirrors torch/_ops.py (OpOverloadPacket,
# HigherOrderOperator, _OpNamespace) and torch/_classes.py, for the playground's built-in custom
# ops and TorchScript test classes.
import torch


class OpOverloadPacket:
    def __init__(self, qualified_op_name, impl):
        self._qualified_op_name = qualified_op_name
        self._impl = impl
        self._fake = None
        self.__name__ = qualified_op_name.split(".")[-1]

    def __call__(self, *args, **kwargs):
        if torch._C._dynamo.in_fake_mode():
            if self._fake is None:
                message = getattr(self, "_missing_fake_message", None)
                if message is not None:
                    raise RuntimeError(message)
                raise RuntimeError(
                    "There was no fake impl registered for " + self._qualified_op_name.replace(".", "::") + ". "
                    "This is necessary for torch.compile/export/fx tracing to work. "
                    "Please use `torch.library.register_fake` to add an fake impl.")
            return self._fake(*args, **kwargs)
        return self._impl(*args, **kwargs)

    def __repr__(self):
        return "<OpOverloadPacket(op='" + self._qualified_op_name + "')>"

    @property
    def _dp_impure(self):
        # A packet has no _schema (Node.is_impure finds none): dead code when unused, but for the
        # operators not made by torch.library (torchbind's), which are kept.
        return not hasattr(self, "_mutable")


class OpOverload:
    """torch.ops.<ns>.<name>.default: one overload of a custom operator (torch/_ops.py OpOverload).
    Calls run the registered kernel, or the fake kernel while Dynamo traces on fake tensors."""

    def __init__(self, packet, overload_name="default"):
        self._packet = packet
        self._overloadname = overload_name
        self._qualified_op_name = packet._qualified_op_name + "." + overload_name
        self.__name__ = packet.__name__ + "." + overload_name

    def __call__(self, *args, **kwargs):
        return self._packet(*args, **kwargs)

    @property
    def _dp_impure(self):
        # torch/fx/node.py Node.is_impure: an overload whose schema is mutable stays in the graph
        # unused; the others are dead code when their result is unused. Operators not made by
        # torch.library (torchbind's) are kept.
        return getattr(self._packet, "_mutable", True)

    def name(self):
        return self._packet._qualified_op_name.replace(".", "::", 1) + "." + self._overloadname

    def __repr__(self):
        ns, name = self._packet._qualified_op_name.split(".", 1)
        return "<OpOverload(op='" + ns + "." + name + "', overload='" + self._overloadname + "')>"


class HigherOrderOperator:
    def __init__(self, name, impl):
        self._name = name
        self._impl = impl
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        return self._impl(*args, **kwargs)

    def name(self):
        return self._name

    def __repr__(self):
        return "<torch._ops.HigherOrderOperator object at 0x7f3a00000100>"


class _OpNamespace:
    def __init__(self, name):
        self.name = name
        self._ops = {}

    def __getattr__(self, op_name):
        ops = object.__getattribute__(self, "_ops")
        if op_name in ops:
            return ops[op_name]
        raise AttributeError("'_OpNamespace' '" + self.name + "' object has no attribute '" + op_name + "'")

    def _register(self, name, impl):
        packet = OpOverloadPacket(self.name + "." + name, impl)
        self._ops[name] = packet
        return packet

    def _register_custom(self, name, impl, missing_fake_message):
        # An operator made by torch.library.custom_op: the packet and its `default` overload.
        packet = self._register(name, impl)
        packet._missing_fake_message = missing_fake_message
        packet.default = OpOverload(packet)
        packet._overload_names = ["default"]
        return packet


class _Ops:
    def __init__(self):
        self._namespaces = {}

    def __getattr__(self, name):
        spaces = object.__getattribute__(self, "_namespaces")
        if name not in spaces:
            spaces[name] = _OpNamespace(name)
        return spaces[name]


class _ScriptClass:
    """A TorchScript custom class (torch.classes.<ns>.<Name>): calling it builds a ScriptObject."""

    def __init__(self, qualified_name, impl_cls, methods):
        self.qualified_name = qualified_name
        self._impl_cls = impl_cls
        self._methods = methods

    def __call__(self, *args):
        return torch._C._make_script_object(self.qualified_name, self._impl_cls(*args), self._methods)


class _ClassNamespace:
    def __init__(self, name):
        self.name = name
        self._classes = {}

    def __getattr__(self, attr):
        classes = object.__getattribute__(self, "_classes")
        if attr in classes:
            return classes[attr]
        raise RuntimeError("Tried to instantiate class '" + self.name + "." + attr + "', but it does not exist! "
                           "Ensure that it is registered via torch::class_")


class _Classes:
    def __init__(self):
        self._namespaces = {}

    def __getattr__(self, name):
        spaces = object.__getattribute__(self, "_namespaces")
        if name not in spaces:
            spaces[name] = _ClassNamespace(name)
        return spaces[name]

    def _register(self, ns, name, impl_cls, methods):
        qualified = "__torch__.torch.classes." + ns + "." + name
        space = self.__getattr__(ns)
        space._classes[name] = _ScriptClass(qualified, impl_cls, methods)


def _call_torchbind(obj, method, *args, **kwargs):
    # call_torchbind HOP: real objects run the real method, fake objects the fake-class method.
    if torch._C._is_script_object(obj):
        return getattr(obj, method)(*args, **kwargs)
    wrapped = getattr(obj, "wrapped_obj", None)
    if wrapped is None:
        raise RuntimeError("Unsupported first arg type " + repr(type(obj)) + " for call_torchbind")
    return getattr(wrapped, method)(*args, **kwargs)
