# Spec: docs/dynamo-formats.md §Graph breaks — regression: a call that graph-breaks runs eagerly
# with its keyword arguments (the KW_NAMES before the CALL), so print(..., end=...) and a
# functools.partial built at the break get their keywords, as in eager.
import functools

import torch


def scale(x, factor=1.0, shift=0.0):
    return x * factor + shift


@torch.compile(backend="eager")
def fn(x):
    print("step", end="|\n")
    p = functools.partial(scale, factor=3.0)
    print(p.args, sorted(p.keywords))
    return p(x, shift=1.0)


print(fn(torch.ones(2)))
