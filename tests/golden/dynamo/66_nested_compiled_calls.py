# Spec: functions called from compiled code are inlined into the caller's graph (one frame, one graph)
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def helper(t):
    return t * t


def g(t):
    return helper(t) + helper(t + 1)


@torch.compile(backend=cnt)
def f(x):
    return g(x) - 1


print(f(torch.ones(2)))
print(cnt.frame_count, cnt.op_count)
