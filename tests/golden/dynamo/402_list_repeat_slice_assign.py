# logs: graph_code
# eager-equal
# Spec: PyTorch 2.9's Dynamo traces sequence repetition (builtin.py's binop handler for
# (BaseListVariable, ConstantVariable) `mul`: `[0] * 3`, `2 * (1, 2)`, `d *= 2` in place) and
# slice assignment on lists (ListVariable.call_method `__setitem__` with a slice: `c[1:3] = [9]`,
# the extended `c[::2] = [7, 7]`), which the itertools polyfills use (combinations' `indices[i:] =
# ...`, product's `[tuple(p) for p in iterables] * repeat`): one graph with fullgraph=True. Values
# as CPython 3.11 prints them.
import itertools

import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    a = [0] * 3
    b = 2 * (1, 2)
    c = [1, 2, 3, 4, 5]
    c[1:3] = [9]
    c[::2] = [7, 7]
    d = [1, 2]
    d *= 2
    e = list(itertools.combinations([1, 2, 3], r=2))
    p = list(itertools.product([1, 2], [3]))
    return x + len(a) + len(b) + len(e), a, b, c, d, e, p


print(f(torch.ones(1)))
