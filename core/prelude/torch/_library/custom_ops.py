# torch._library.custom_ops (torch/_library/custom_ops.py): torch.library.custom_op and CustomOpDef.
# A decorated Python function becomes the operator torch.ops.<ns>.<name> (its `default` overload):
# calling the CustomOpDef calls that overload, which runs the function eagerly, the registered fake
# kernel while Dynamo traces on fake tensors (the graph records one
# `torch.ops.<ns>.<name>.default` node, core/dynamo/variables/builder.cpp), and, when an input
# requires grad, records an autograd node whose backward is the one register_autograd gave
# (PyTorch's GeneratedBackwardFor_<ns>_<name>_default function). docs/custom-ops.md.
import torch
from torch.autograd.function import Function


_op_defs = []  # every CustomOpDef made (torch._library.custom_ops.OPDEFS), for opcheck


class CustomOpDef:
    def __init__(self, namespace, name, fn, mutates_args):
        self._namespace = namespace
        self._name = name
        self._init_fn = fn
        self._mutates_args = mutates_args
        self._abstract_fn = None
        self._backend_fns = {}
        self._setup_context_fn = None
        self._generated = None  # the autograd.Function class, made at the first call needing it
        self._backward_fn = None
        self._qualname = namespace + "::" + name
        self._qualified_op_name = namespace + "." + name + ".default"
        self.__name__ = fn.__name__
        self.__doc__ = fn.__doc__
        missing = ("There was no fake impl registered for " + repr(self) + ". This is necessary for "
                   "torch.compile/export/fx tracing to work. Please use `" + fn.__name__ +
                   ".register_fake` to add an fake impl.")
        self._packet = getattr(torch.ops, namespace)._register_custom(name, self._dispatch, missing)
        self._opoverload = self._packet.default
        self._packet._mutable = bool(mutates_args)
        _op_defs.append(self)
        # can_generate_trivial_fake_impl: an op that mutates an argument and returns nothing needs no
        # fake kernel (it returns None on fake tensors too).
        returns = getattr(fn, "__annotations__", {}).get("return", "missing")
        if mutates_args and (returns is None or returns is type(None)):
            self._packet._fake = lambda *args, **kwargs: None

    def __repr__(self):
        return "<CustomOpDef(" + self._qualname + ")>"

    @property
    def _dp_impure(self):
        return bool(self._mutates_args)  # recorded as its default overload: mutable schema or not

    def __call__(self, *args, **kwargs):
        return self._opoverload(*args, **kwargs)

    def _kernel(self, *args, **kwargs):
        fn = self._backend_fns.get("cpu", self._init_fn)
        return fn(*args, **kwargs)

    def _dispatch(self, *args, **kwargs):
        # The Autograd key: an autograd node when grad mode is on and a tensor input requires grad.
        needs_grad = torch.is_grad_enabled() and any(
            isinstance(a, torch.Tensor) and a.requires_grad for a in args)
        if not needs_grad:
            with torch.no_grad():
                return self._kernel(*args, **kwargs)
        if kwargs:
            raise NotImplementedError("not supported by the playground yet: keyword arguments to a custom op "
                                      "whose inputs require grad")
        if self._generated is None:
            self._generated = self._autograd_function()
        return self._generated.apply(*args)

    def _autograd_function(self):
        op = self

        def forward(*args):  # the setup_context form: forward takes no ctx
            return op._kernel(*args)

        def setup_context(ctx, inputs, output):
            if op._setup_context_fn is not None:
                op._setup_context_fn(ctx, inputs, output)

        def backward(ctx, *grads):
            if op._backward_fn is None:
                raise RuntimeError("Trying to backward through " + op._namespace + "." + op._name + ".default "
                                   "but no autograd formula was registered. Please use register_autograd to "
                                   "add one.")
            result = op._backward_fn(ctx, *grads)
            return result if isinstance(result, tuple) else (result,)

        name = "GeneratedBackwardFor_" + self._namespace + "_" + self._name + "_default"
        return type(name, (Function,), {"forward": staticmethod(forward),
                                        "setup_context": staticmethod(setup_context),
                                        "backward": staticmethod(backward)})

    def register_fake(self, fn):
        self._abstract_fn = fn
        self._packet._fake = fn
        return fn

    def register_kernel(self, device_types, fn=None):
        def inner(f):
            types = [device_types] if isinstance(device_types, str) or device_types is None else device_types
            for t in types:
                self._backend_fns["cpu" if t is None else t] = f
            return f

        if fn is None:
            return inner
        return inner(fn)

    def register_autograd(self, backward, /, *, setup_context=None):
        self._backward_fn = backward
        self._setup_context_fn = setup_context


def custom_op(name, fn=None, /, *, mutates_args, device_types=None, schema=None):
    if "::" not in name:
        raise ValueError("custom_op(name, ...): expected name to be of the form {namespace}::{name}, got " +
                         repr(name))
    namespace, opname = name.split("::", 1)

    def inner(f):
        op = CustomOpDef(namespace, opname, f, mutates_args)
        if device_types is not None:
            op.register_kernel(device_types, f)
        return op

    if fn is None:
        return inner
    return inner(fn)
