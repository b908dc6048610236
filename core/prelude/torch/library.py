# torch.library: custom operators from Python functions (custom_op, torch/_library/custom_ops.py)
# and registering fake kernels (register_fake), as in torch/library.py.
import torch
from torch._library.custom_ops import custom_op, CustomOpDef, _op_defs


def define(qualname, schema, *, lib=None, tags=()):
    """torch.library.define: declares torch.ops.<ns>.<name>, whose kernel impl() gives. The
    playground keeps the schema unparsed (docs/custom-ops.md): arguments pass through as given."""
    ns, name = qualname.split("::")
    kernels = {}

    def dispatch(*args, **kwargs):
        kernel = kernels.get("kernel")
        if kernel is None:
            raise NotImplementedError("Could not run '" + qualname + "' with arguments from the 'CPU' backend: "
                                      "no kernel was registered with torch.library.impl")
        return kernel(*args, **kwargs)

    space = getattr(torch.ops, ns)
    packet = space._register(name, dispatch)
    packet._kernels = kernels
    packet._schema_str = schema
    packet._mutable = "!" in schema  # an argument annotated (a!): the schema is mutable
    packet.default = torch._ops.OpOverload(packet)
    packet._overload_names = ["default"]


def impl(qualname, types, func=None, *, lib=None):
    """torch.library.impl: the kernel of an operator declared with define (every device type runs
    it: the playground has the CPU only)."""
    def register(fn):
        ns, name = qualname.split("::")
        packet = getattr(getattr(torch.ops, ns), name)
        packet._kernels["kernel"] = fn
        return fn

    if func is None:
        return register
    return register(func)


def register_fake(op, func=None, *, lib=None, _stacklevel=1):
    def register(fn):
        if isinstance(op, CustomOpDef):
            return op.register_fake(fn)
        if isinstance(op, str):
            ns, name = op.split("::")
            packet = getattr(getattr(torch.ops, ns), name)
        else:
            packet = op
        packet._fake = fn
        return fn

    if func is None:
        return register
    return register(func)


impl_abstract = register_fake


def register_autograd(op, backward, /, *, setup_context=None, lib=None):
    if isinstance(op, str):
        ns, name = op.split("::")
        op = getattr(getattr(torch.ops, ns), name)
    op.register_autograd(backward, setup_context=setup_context)


def register_kernel(op, device_types, func=None, /, *, lib=None):
    return op.register_kernel(device_types, func)


# torch.library.opcheck (torch/library.py -> torch/testing/_internal/optests/generate_tests.py
# opcheck): runs the named checks on one set of example inputs and returns {name: "SUCCESS" | the
# exception}; with raise_exception (the default) the first failure raises OpCheckError
# "opcheck(op, ...): NAME failed with ERROR (scroll up for stack trace)". What the playground
# checks (docs/custom-ops.md): test_schema runs the operator on copies of the inputs and reports an
# input changed that mutates_args does not name (SchemaCheckMode's "Argument x is not defined as
# mutable but was mutated") or an output that is an input or a view of one ("Argument x is not
# defined to alias output but was aliasing"); test_faketensor runs the fake kernel (a missing one is
# the error tracing reports) and compares the output's shape and dtype with the real output's;
# test_autograd_registration passes for custom_op operators (their autograd kernel is always
# registered) and test_aot_dispatch_dynamic compares nothing more (no AOTAutograd here).
DEFAULT_TEST_UTILS = ("test_schema", "test_autograd_registration", "test_faketensor", "test_aot_dispatch_dynamic")
_ALL_TEST_UTILS = ("test_schema", "test_autograd_registration", "test_faketensor", "test_aot_dispatch_static",
                   "test_aot_dispatch_dynamic")


class OpCheckError(Exception):
    __module__ = "torch.testing._internal.optests.generate_tests"


def _custom_op_def(op):
    packet = op._packet
    for opdef in _op_defs:
        if opdef._packet is packet:
            return opdef
    return None


def _flat_tensors(value):
    if isinstance(value, torch.Tensor):
        return [value]
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out.extend(_flat_tensors(v))
        return out
    return []


def _copy_arg(value):
    if isinstance(value, torch.Tensor):
        return value.detach().clone()
    if isinstance(value, list):
        return [_copy_arg(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_copy_arg(v) for v in value)
    return value


def _same_values(a, b):
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    both_nan = torch.isnan(a) & torch.isnan(b) if a.is_floating_point() else torch.zeros_like(a, dtype=torch.bool)
    return bool(((a == b) | both_nan).all())


def _aliases(out, arg):
    base = arg._base if arg._is_view() else arg
    other = out._base if out._is_view() else out
    return other is base


def _named_args(opdef, args, kwargs):
    code = opdef._init_fn.__code__
    names = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
    pairs = list(zip(names, args))
    for k, v in kwargs.items():
        pairs.append((k, v))
    return pairs


def _test_schema(op, args, kwargs):
    opdef = _custom_op_def(op)
    if opdef is None:
        return
    mutable = opdef._mutates_args
    mutable = set([mutable] if isinstance(mutable, str) else list(mutable))
    # On copies of the inputs (the testers deep-copy them: deepcopy_tensors).
    args = [_copy_arg(a) for a in args]
    kwargs = {k: _copy_arg(v) for k, v in kwargs.items()}
    named = _named_args(opdef, args, kwargs)
    before = [(name, [t.detach().clone() for t in _flat_tensors(value)]) for name, value in named]
    with torch.no_grad():
        out = op(*args, **kwargs)
    for (name, value), (_, saved) in zip(named, before):
        now = _flat_tensors(value)
        if any(not _same_values(a, b) for a, b in zip(saved, now)) and name not in mutable:
            raise RuntimeError("Argument " + name + " is not defined as mutable but was mutated")
    outs = _flat_tensors(out)
    for name, value in named:
        for t in _flat_tensors(value):
            if any(_aliases(o, t) for o in outs):
                raise RuntimeError("Argument " + name + " is not defined to alias output but was aliasing")


def _test_faketensor(op, args, kwargs):
    packet = op._packet
    if packet._fake is None:
        message = getattr(packet, "_missing_fake_message", None)
        raise RuntimeError(message if message is not None else
                           "There was no fake impl registered for " + packet._qualified_op_name.replace(".", "::") +
                           ". This is necessary for torch.compile/export/fx tracing to work. "
                           "Please use `torch.library.register_fake` to add an fake impl.")
    copies = [_copy_arg(a) for a in args]
    kw = {k: _copy_arg(v) for k, v in kwargs.items()}
    with torch.no_grad():
        fake = packet._fake(*copies, **kw)
        real = op(*[_copy_arg(a) for a in args], **{k: _copy_arg(v) for k, v in kwargs.items()})
    fakes = _flat_tensors(fake)
    reals = _flat_tensors(real)
    if len(fakes) != len(reals):
        raise RuntimeError("the fake kernel returned " + str(len(fakes)) + " tensors, the kernel " + str(len(reals)))
    for f, r in zip(fakes, reals):
        if f.shape != r.shape or f.dtype != r.dtype:
            raise RuntimeError("fake kernel output " + str(f.dtype) + str(list(f.shape)) +
                               " does not match the kernel's " + str(r.dtype) + str(list(r.shape)))


def _test_nothing(op, args, kwargs):
    return None


_TESTERS = {"test_schema": _test_schema, "test_autograd_registration": _test_nothing,
            "test_faketensor": _test_faketensor, "test_aot_dispatch_static": _test_nothing,
            "test_aot_dispatch_dynamic": _test_nothing}


def opcheck(op, args, kwargs=None, *, test_utils=DEFAULT_TEST_UTILS, raise_exception=True, atol=None, rtol=None):
    if kwargs is None:
        kwargs = {}
    if isinstance(op, CustomOpDef):
        op = op._opoverload
    if isinstance(op, torch._ops.OpOverloadPacket):
        op = op.default
    if not isinstance(op, torch._ops.OpOverload):
        raise ValueError("opcheck(op, ...): op must be instance of torch._ops.OpOverload, e.g. "
                         "torch.ops.aten.sin.default, got " + str(type(op)))
    if test_utils == "ALL":
        test_utils = _ALL_TEST_UTILS
    if isinstance(test_utils, str):
        test_utils = (test_utils,)
    if not isinstance(test_utils, (tuple, list)) or not set(test_utils).issubset(_ALL_TEST_UTILS):
        raise ValueError("opcheck(op, ..., test_utils=" + str(test_utils) + "), expected test_utils to be subset of " +
                         str(_ALL_TEST_UTILS) + " but it was not")
    results = {}
    for name in test_utils:
        try:
            _TESTERS[name](op, args, kwargs)
            results[name] = "SUCCESS"
        except Exception as ex:
            if raise_exception:
                raise OpCheckError("opcheck(op, ...): " + name + " failed with " + str(ex) +
                                   " (scroll up for stack trace)") from ex
            results[name] = ex
    return results
