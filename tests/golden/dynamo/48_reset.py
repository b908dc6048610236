# Spec: torch._dynamo.reset() clears every cache entry: the next call compiles again
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def f(x):
    return x.cos()


cf = torch.compile(f, backend=cnt)
cf(torch.zeros(2))
cf(torch.zeros(2))
print(cnt.frame_count)
torch._dynamo.reset()
cf(torch.zeros(2))
print(cnt.frame_count)
torch.compiler.reset()
print(cf(torch.zeros(2)), cnt.frame_count)
