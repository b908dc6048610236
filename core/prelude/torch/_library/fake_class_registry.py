# Fake classes for TorchScript objects. Mirrors torch/_library/fake_class_registry.py:
# FakeScriptObject, FakeScriptMethod, the registry, register_fake_class (with its validation
# errors) and maybe_to_fake_obj (docs/torchbind.md §3).
import torch

_CONVERT_FROM_REAL_NAME = "__obj_unflatten__"


class FakeScriptObject:
    def __init__(self, wrapped_obj, script_class_name, x):
        object.__setattr__(self, "wrapped_obj", wrapped_obj)
        object.__setattr__(self, "script_class_name", script_class_name)
        real = x
        if x is not None:
            try:
                real = torch._C._clone_script_object(x)
            except Exception as e:
                torch._C._dynamo.warn(
                    "Unable to deepcopy the custom object " + script_class_name + " due to " + str(e) +
                    ". Defaulting to the user given object. This might be dangerous as side effects may be directly applied to the object.")
                real = x
        object.__setattr__(self, "real_obj", real)

    def __getattr__(self, name):
        raise AttributeError(
            "Tried to call __getattr__ with attr '" + name + "' on a FakeScriptObject, implying that you are calling "
            "this inside of a fake kernel. The fake kernel should not depend on the contents of the OpaqueObject at "
            "all, so we're erroring out. If this attr is a method or constant attribute, you can allow this member "
            "access by registering it via `register_custom_class(members=...)`.")

    def __setattr__(self, name, value):
        raise AttributeError(
            "Tried to call __setattr__ with attr '" + name + "' on a FakeScriptObject, implying that you are calling "
            "this inside of a fake kernel. The fake kernel should not depend on the contents of the OpaqueObject at "
            "all, so we're erroring out. If you needthis functionality, consider creating a custom class using "
            "register_custom_class and instead(but this may affect the performance of the program).")


class FakeScriptMethod:
    def __init__(self, self_fake_obj, method_name, schema):
        self.self_fake_obj = self_fake_obj
        self.method_name = method_name
        self.schema = schema

    def __call__(self, *args, **kwargs):
        return torch.ops.higher_order.call_torchbind(self.self_fake_obj, self.method_name, *args, **kwargs)


class FakeClassRegistry:
    def __init__(self):
        self._registered_class = {}

    def has_impl(self, full_qualname):
        return full_qualname in self._registered_class

    def get_impl(self, full_qualname):
        return self._registered_class[full_qualname]

    def register(self, full_qualname, fake_class=None):
        if self.has_impl(full_qualname):
            torch._C._dynamo.warn(full_qualname + " is already registered. Previous fake class is overridden with  " + repr(fake_class) + ".")
        self._registered_class[full_qualname] = fake_class

    def deregister(self, full_qualname):
        if not self.has_impl(full_qualname):
            torch._C._dynamo.warn("Cannot deregister " + full_qualname + ". Please use register_fake_class to register it first. Or do you dereigster it twice?")
            return None
        return self._registered_class.pop(full_qualname)

    def clear(self):
        self._registered_class.clear()


global_fake_class_registry = FakeClassRegistry()


def _full_qual_class_name(qualname):
    ns, name = parse_namespace(qualname)
    return "__torch__.torch.classes." + ns + "." + name


def parse_namespace(qualname):
    splits = qualname.split("::")
    if len(splits) != 2:
        raise ValueError("Expected `qualname` to be of the form \"namespace::name\", but got " + qualname + ". "
                         "The qualname passed to the torch.library APIs must consist of a namespace and a name, "
                         "e.g. aten::sin")
    return splits[0], splits[1]


def _ns_and_class_name(full_qualname):
    splits = full_qualname.split(".")
    if len(splits) != 5:
        raise AssertionError("Could not split full_qualname=" + repr(full_qualname) + ", expected 5 parts")
    return splits[3], splits[4]


def register_fake_class(qualname, fake_class=None):
    def inner(fake_class):
        ns, name = parse_namespace(qualname)
        # Fails like PyTorch when the TorchScript class does not exist.
        getattr(getattr(torch.classes, ns), name)
        from_method = getattr(fake_class, _CONVERT_FROM_REAL_NAME, None)
        if not from_method:
            raise RuntimeError(repr(fake_class) + " doesn't define a classmethod " + _CONVERT_FROM_REAL_NAME + ".")
        if not isinstance(fake_class.__dict__[_CONVERT_FROM_REAL_NAME], classmethod):
            raise RuntimeError(_CONVERT_FROM_REAL_NAME + " method is not a classmethod.")
        global_fake_class_registry.register(_full_qual_class_name(qualname), fake_class)
        return fake_class

    if fake_class is None:
        return inner
    return inner(fake_class)


def deregister_fake_class(qualname):
    return global_fake_class_registry.deregister(_full_qual_class_name(qualname))


def has_fake_class(full_qualname):
    return global_fake_class_registry.has_impl(full_qualname)


def find_fake_class(full_qualname):
    if not has_fake_class(full_qualname):
        return None
    return global_fake_class_registry.get_impl(full_qualname)


def tracing_with_real(x):
    if not hasattr(x, "tracing_mode"):
        return False
    mode = x.tracing_mode()
    if mode not in ("real", "fake"):
        raise AssertionError("tracing_mode can be either real or fake but got " + str(mode))
    return mode == "real"


def _check_valid_flat_script_obj(flat_x):
    if not isinstance(flat_x, tuple):
        raise RuntimeError("Expect flat x to be a tuple.")
    for tp in flat_x:
        if not isinstance(tp, tuple):
            raise RuntimeError("Expect flat x to be a tuple of tuples.")
        if not len(tp) == 2 or not isinstance(tp[0], str):
            raise RuntimeError("Expect element of flat x to be a tuple of two elements with first element being a string")


def _fakify(v):
    if isinstance(v, torch.Tensor):
        return torch._C._dynamo.fake_like(v)
    if isinstance(v, tuple):
        return tuple([_fakify(x) for x in v])
    if isinstance(v, list):
        return [_fakify(x) for x in v]
    return v


def _find_fake_class_for_script_object(x):
    full_qualname = x._type().qualified_name()
    ns, class_name = _ns_and_class_name(full_qualname)
    fake_class = find_fake_class(full_qualname)
    if fake_class is None:
        raise RuntimeError(
            " ScriptObject's " + full_qualname + " haven't registered a fake class. Please use register_fake_class("
            + ns + "::" + class_name + ") to annotate a fake class for the script obj. Specifically, create a python "
            "class that implements a fake version for all the methods that're used in the program and put annotated "
            "class in the program e.g. after loading the library. The fake methods can be written in the same way as "
            "a meta kernel for an operator but need to additionally simulate the object's states. Be sure to add a "
            "__obj_unflatten__ classmethod to enable creating a fake obj from a real one.")
    return fake_class


def maybe_to_fake_obj(fake_mode, x):
    if tracing_with_real(x):
        return x
    full_qualname = x._type().qualified_name()
    if full_qualname == torch._library.opaque_object.OpaqueTypeStr:
        return FakeScriptObject(torch._library.opaque_object.FakeOpaqueObject(), full_qualname, None)
    flat_x = x.__obj_flatten__()
    _check_valid_flat_script_obj(flat_x)
    fake_flattened = _fakify(flat_x)
    fake_x = _find_fake_class_for_script_object(x).__obj_unflatten__(fake_flattened)
    fake_x_wrapped = FakeScriptObject(fake_x, full_qualname, x)
    for name in x._method_names():
        attr = getattr(fake_x, name, None)
        if attr is not None:
            if not callable(attr):
                raise RuntimeError("Expect " + name + " to be a callable but got " + repr(attr) + ".")
            object.__setattr__(fake_x_wrapped, name, FakeScriptMethod(fake_x_wrapped, name, None))
        else:
            override_skip_list = {"__obj_flatten__", "__getstate__", "__setstate__"}
            if name not in override_skip_list:
                torch._C._dynamo.warn("fake object of " + full_qualname + " doesn't implement method " + name + ".")
    return fake_x_wrapped
