# Spec: docs/dynamic-shapes.md §Symbols in the graph — PyTorch's
# test_misc.py::test_no_guard_for_unused_sym_node_fstring (P13): an f-string of a symbolic size
# that is never used adds no guard, so under dynamic=True a new size reuses the graph.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt, dynamic=True)
def fn(x):
    f"{x.shape[0]}"
    return x + 1


print(fn(torch.ones(3)))
print(fn(torch.ones(5)))
print(cnt.frame_count)
