# Mirrors torch/_higher_order_ops/scan.py's eager semantics (_fake_scan / the reference loop):
# combine_fn(carry, x) -> (next_carry, y) over the slices of xs along dim (from the end with
# reverse=True); the result is (final carry, the ys stacked along dim). init and xs are pytrees of
# tensors; additional_inputs are passed after x.
import torch
from torch.utils import _pytree as pytree


def scan(combine_fn, init, xs, *, dim=0, reverse=False, additional_inputs=None):
    if not callable(combine_fn):
        raise RuntimeError(f"Combine_fn must be a callable, but got {combine_fn}")
    if not isinstance(dim, int):
        raise RuntimeError("Dim must be an int, but got " + str(type(dim)))
    if additional_inputs is None:
        additional_inputs = ()
    leaves_init, spec_init = pytree.tree_flatten(init)
    leaves_xs, spec_xs = pytree.tree_flatten(xs)
    if len(leaves_init) == 0:
        raise RuntimeError("Scan requires at least one init.")
    if len(leaves_xs) == 0:
        return init, []
    ndim = leaves_xs[0].ndim
    dim = dim + ndim if dim < 0 else dim
    length = leaves_xs[0].shape[dim]
    carry = init
    ys = []
    steps = range(length - 1, -1, -1) if reverse else range(length)
    for i in steps:
        x = pytree.tree_unflatten([leaf.select(dim, i) for leaf in leaves_xs], spec_xs)
        carry, y = combine_fn(carry, x, *additional_inputs)
        ys.append(y)
    if reverse:
        ys = ys[::-1]
    leaves_per_step = [pytree.tree_flatten(y) for y in ys]
    spec_y = leaves_per_step[0][1]
    stacked = [torch.stack([leaves[k] for leaves, _ in leaves_per_step], dim=dim)
               for k in range(len(leaves_per_step[0][0]))]
    return carry, pytree.tree_unflatten(stacked, spec_y)
