# Spec: docs/dynamic-shapes.md §dynamic=False — every new size recompiles a static graph.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=False, backend=cnt)
def f(x):
    return x * x.size()[0]


for n in (10, 20, 30, 40):
    print(f(torch.ones(n)).sum())
print(cnt.frame_count)
print(cnt.graphs[3].code.strip())
