# Title: Sizes 0 and 1 are never symbols
# Group: Dynamic shapes
#
# A size of 0 or 1 is always specialized ("0/1 specialization"): broadcasting treats 1 specially,
# so Dynamo keeps it a constant. Every symbol is assumed to be at least 2, which is checked by the
# guard `2 <= L['x'].size()[0]`; a later call with size 1 fails it and compiles its own graph.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=True, backend=cnt)
def f(x):
    return x.sum(0) * x.shape[0] + x.shape[1]


print(f(torch.ones(3, 1)))
print(f(torch.ones(5, 1)))
print(f(torch.ones(1, 1)))
print("compiles:", cnt.frame_count)
for g in cnt.graphs:
    g.print_readable()
