# Title: mark_dynamic: a symbol from the first compile
# Group: Dynamic shapes
#
# torch._dynamo.mark_dynamic(x, 0) tells Dynamo in advance that dim 0 of x will change: the first
# compile already makes it a symbol, so there is no static graph and no recompile.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


def f(x):
    return x * x.size()[0]


x = torch.ones(10)
torch._dynamo.mark_dynamic(x, 0)
cf = torch.compile(f, backend=cnt)
print(cf(x).sum())
print(cf(torch.ones(20)).sum())
print("compiles:", cnt.frame_count)
cnt.graphs[0].print_readable()
