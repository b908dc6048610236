# torch.library: registering fake kernels for custom operators (register_fake), as in
# torch/library.py, for the playground's built-in custom ops.
import torch


def register_fake(op, func=None, *, lib=None, _stacklevel=1):
    def register(fn):
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
