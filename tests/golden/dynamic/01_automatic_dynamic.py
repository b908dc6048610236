# Spec: docs/dynamic-shapes.md §Automatic dynamic — the program of issue 14: the second compile
# makes dim 0 a symbol, so the third call (size 4) reuses it and must print 4s, not 3s.
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


@torch.compile(backend=backend)
def f(a):
    return a.shape[0] * a


print(f(torch.ones(2)))
print(f(torch.ones(3)))
print(f(torch.ones(4)))
print(len(backend.graphs))
for g in backend.graphs:
    print(g.code.strip())
backend.graphs[-1].print_readable()
