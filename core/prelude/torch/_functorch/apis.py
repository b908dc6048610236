# torch._functorch.apis (mirrors torch/_functorch/apis.py): the public vmap, grad and
# grad_and_value (torch.func.*, torch.vmap); the work is in vmap.py and eager_transforms.py.
import functools

from torch._functorch.vmap import _check_randomness_arg, vmap_impl


def vmap(func, in_dims=0, out_dims=0, randomness="error", *, chunk_size=None):
    _check_randomness_arg(randomness)
    if not (chunk_size is None or chunk_size > 0):
        raise ValueError(f"vmap: chunk_size should be None or greater than 0. (got {chunk_size})")

    def wrapped(*args, **kwargs):
        return vmap_impl(func, in_dims, out_dims, randomness, chunk_size, *args, **kwargs)

    return functools.wraps(func)(wrapped)


def grad(func, argnums=0, has_aux=False):
    from torch._functorch import eager_transforms

    def wrapper(*args, **kwargs):
        return eager_transforms.grad_impl(func, argnums, has_aux, args, kwargs)

    return functools.wraps(func)(wrapper)


def grad_and_value(func, argnums=0, has_aux=False):
    from torch._functorch import eager_transforms

    def wrapper(*args, **kwargs):
        return eager_transforms.grad_and_value_impl(func, argnums, has_aux, args, kwargs)

    return functools.wraps(func)(wrapper)
