# Spec: docs/dynamo-formats.md §5 (a data-dependent jump: graph up to the condition, the jump runs eagerly, one resume function per branch)
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def fn(x):
    y = x * 2
    if y.sum() > 0:
        return y.sin()
    return y.cos() - 1


cf = torch.compile(fn, backend=cnt)
print(cf(torch.ones(3)))
print(cnt.frame_count, cnt.op_count)
print(cf(-torch.ones(3)))
print(cnt.frame_count, cnt.op_count)
print(cf(torch.full((3,), 2.0)))
print(cnt.frame_count, cnt.op_count)
