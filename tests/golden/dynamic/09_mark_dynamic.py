# Spec: docs/dynamic-shapes.md §mark_dynamic — a marked dim is a symbol on the first compile.
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
print(cnt.frame_count)
cnt.graphs[0].print_readable()
