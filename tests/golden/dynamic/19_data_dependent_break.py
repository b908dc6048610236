# Spec: docs/dynamic-shapes.md §Symbols in the graph — PyTorch's
# test_functions.py::test_filter_graph_break_reconstruct, dynamic variant (P19): the graph before
# a data-dependent branch has the symbol's placeholder.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


def fn(x, y):
    if x.sum() > 0:
        return x + y
    return x * y


opt = torch.compile(fn, backend=cnt, dynamic=True)
print(opt(torch.zeros(3), torch.ones(3)))
cnt.graphs[0].print_readable()
