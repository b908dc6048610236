# Spec: docs/dynamic-shapes.md §Symbols in the graph — PyTorch's
# test_misc.py::test_guard_sym_node_fstring_when_used (P13): formatting a symbolic size into a
# returned string specializes it, so a new size recompiles.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt, dynamic=True)
def fn(x):
    f_str = f"{x.shape[0]}"
    return x + 1, f_str


print(fn(torch.ones(3)))
print(fn(torch.ones(4)))
print(cnt.frame_count)
