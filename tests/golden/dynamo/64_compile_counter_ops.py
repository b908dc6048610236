# Spec: CompileCounter counts frames and call_* nodes of every compiled graph (torch/_dynamo/testing.py)
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def f(x):
    a = x.sin()
    b = torch.cos(a)
    c = a + b
    return c.sum(), c.mean()


cf = torch.compile(f, backend=cnt)
cf(torch.zeros(4))
print(cnt.frame_count, cnt.op_count)
cf(torch.zeros(4))
print(cnt.frame_count, cnt.op_count)
cnt.clear()
print(cnt.frame_count, cnt.op_count)
