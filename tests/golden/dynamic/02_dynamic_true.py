# Spec: docs/dynamic-shapes.md §dynamic=True — PyTorch's dynamic shapes docs (P1): one graph for
# four sizes, the size read as the symbol's placeholder.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=True, backend=cnt)
def f(x):
    return x * x.size()[0]


for n in (10, 20, 30, 40):
    print(f(torch.ones(n)).sum())
print(cnt.frame_count)
cnt.graphs[0].print_readable()
