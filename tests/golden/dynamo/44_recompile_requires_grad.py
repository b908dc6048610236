# Spec: docs/dynamo-formats.md §2.8; requires_grad is part of TENSOR_MATCH
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x):
    return (x * x).sum()


a = torch.ones(3)
b = torch.ones(3, requires_grad=True)
print(f(a), cnt.frame_count)
print(f(b), cnt.frame_count)
print(f(a), cnt.frame_count)
print(f(b), cnt.frame_count)
