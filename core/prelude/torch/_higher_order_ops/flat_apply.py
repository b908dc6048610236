# torch._higher_order_ops.flat_apply (mirrors torch/_higher_order_ops/flat_apply.py): the operator a
# torch._dynamo.nonstrict_trace call becomes in a Dynamo graph,
# `torch.ops.higher_order.flat_apply(fn_spec, input_spec, *flat_args)`: it rebuilds (args, kwargs)
# from the flat arguments and calls the function its spec holds. The tracer puts the node in the
# graph (core/dynamo/variables/torch_nonstrict.cpp); this function runs it, on fake tensors while
# tracing and on real ones when the graph runs. docs/compiler-api.md "nonstrict_trace".
import torch
import torch.utils._pytree as pytree


def _base_types():
    names = ("dtype", "Tensor", "device", "memory_format", "layout", "SymInt", "SymFloat", "SymBool")
    return (str, int, float, bool, complex) + tuple(getattr(torch, n) for n in names if hasattr(torch, n))


def is_graphable(val):
    """A value an FX node can take or give: torch.fx.node's base types."""
    return isinstance(val, _base_types())


class _ConstantFunction:
    """Holds the function in the function's TreeSpec (pytree.register_constant in PyTorch)."""

    def __init__(self, func):
        self.func = func

    def __call__(self, *args, **kwargs):
        return self.func(*args, **kwargs)


def func_to_graphable(func):
    return [], pytree.TreeSpec(_ConstantFunction, _ConstantFunction(func), [])


def _input_spec(skeleton):
    """The TreeSpec of (args, kwargs), given with every leaf replaced by a placeholder."""
    return pytree.tree_flatten(skeleton)[1]


def is_valid_output(x):
    if isinstance(x, (tuple, list)):
        return all(map(is_valid_output, x))
    return is_graphable(x)


def flat_apply(func, in_spec, *flat_args, checked_output=True):
    func = func.context
    args, kwargs = pytree.tree_unflatten(flat_args, in_spec)
    out = func(*args, **kwargs)
    if checked_output:
        assert is_valid_output(out), f"output must be graphable or nested list/tuple of graphables, got {type(out)}"
    return out
