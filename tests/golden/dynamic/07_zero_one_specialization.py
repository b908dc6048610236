# Spec: docs/dynamic-shapes.md §0/1 specialization — a size-1 input fails `2 <= x.size()[0]` and
# compiles a graph of its own; a size-1 dim stays static in a dynamic graph.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=True, backend=cnt)
def f(x):
    return x.sum(0) * x.shape[0] + x.shape[1]


print(f(torch.ones(3, 1)))
print(f(torch.ones(5, 1)))
print(f(torch.ones(1, 1)))
print(cnt.frame_count)
for g in cnt.graphs:
    g.print_readable()
