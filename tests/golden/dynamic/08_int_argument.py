# logs: recompiles
# Spec: docs/dynamic-shapes.md §Python ints — an int argument whose value changes becomes a SymInt
# input after one recompile; later values reuse the graph.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(backend=cnt)
def f(x, n):
    return x * n + n


x = torch.ones(3)
for n in (2, 3, 4, 5):
    print(f(x, n))
print(cnt.frame_count)
for g in cnt.graphs:
    print(g.code.strip())
