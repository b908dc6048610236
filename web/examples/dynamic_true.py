# Title: dynamic=True: one graph for every size
# Group: Dynamic shapes
#
# With torch.compile(dynamic=True) every dimension of size 2 or more starts as a symbol, so the
# first compile already serves all sizes. Equal sizes share one symbol ("duck sizing"): a square
# input gets the same symbol twice and a guard that the two sizes stay equal.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=True, backend=cnt)
def f(x):
    return x * x.size()[0]


for n in (10, 20, 30, 40):
    print(n, f(torch.ones(n)).sum())
print("compiles:", cnt.frame_count)
cnt.graphs[0].print_readable()
