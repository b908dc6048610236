# torch.library: custom operators from Python functions (custom_op, torch/_library/custom_ops.py)
# and registering fake kernels (register_fake), as in torch/library.py.
import torch
from torch._library.custom_ops import custom_op, CustomOpDef


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
