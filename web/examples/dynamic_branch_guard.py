# Title: A branch on a size adds a guard
# Group: Dynamic shapes
#
# Python decisions on a symbolic size are taken at trace time with the size seen then, and each
# one becomes a guard: `x.size()[0] == 10` specializes the size to 10 (a static graph), and
# `x.size()[0] <= 30` keeps it symbolic but guarded. Five calls, three graphs.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=True, backend=cnt)
def f(x):
    if x.size()[0] == 10:
        return x * 10
    if x.size()[0] <= 30:
        return x * 200
    return x * x.size()[0]


for n in (10, 20, 30, 40, 50):
    print(n, f(torch.ones(n))[0])
print("compiles:", cnt.frame_count)
for g in cnt.graphs:
    g.print_readable()
