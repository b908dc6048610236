# Mirrors torch/_higher_order_ops/map.py's eager semantics: f applied to each slice of xs (a pytree
# of tensors, all with the same leading size) along dimension 0, with the other arguments passed
# unchanged; the results stacked along dimension 0.
import torch
from torch.utils import _pytree as pytree


def map(f, xs, *args):
    flat_xs, xs_spec = pytree.tree_flatten(xs)
    if not all(isinstance(t, torch.Tensor) for t in flat_xs):
        raise RuntimeError(f"Mapped xs can only consist of tensors. Got xs {flat_xs}.")
    shapes = [t.shape for t in flat_xs]
    leading_dim_size = shapes[0][0]
    if leading_dim_size == 0:
        raise RuntimeError("Leading dimensions of mapped xs cannot be 0.")
    if any(cur_shape[0] != leading_dim_size for cur_shape in shapes):
        raise RuntimeError(f"Leading dimensions of mapped xs must be consistent. Got shapes {shapes}.")
    outs = []
    for i in range(leading_dim_size):
        outs.append(f(pytree.tree_unflatten([t[i] for t in flat_xs], xs_spec), *args))
    flat_outs = [pytree.tree_flatten(o) for o in outs]
    spec = flat_outs[0][1]
    stacked = [torch.stack([leaves[k] for leaves, _ in flat_outs]) for k in range(len(flat_outs[0][0]))]
    return pytree.tree_unflatten(stacked, spec)
