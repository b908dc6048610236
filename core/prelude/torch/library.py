# torch.library: custom operators from Python functions (custom_op, torch/_library/custom_ops.py)
# and registering fake kernels (register_fake), as in torch/library.py.
import torch
from torch._library.custom_ops import custom_op, CustomOpDef


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
