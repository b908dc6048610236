# logs: recompiles
# Spec: docs/dynamic-shapes.md §Recompiles — PyTorch's test_misc.py::test_guard_failure_fn2 (P13):
# a static graph fails on the size; under dynamic=True there is no guard failure.
import torch
from torch._dynamo.testing import CompileCounter


def fn(x, y):
    x = x + 1
    y = y + 1
    return x * y


for dynamic in (False, True):
    torch._dynamo.reset()
    cnt = CompileCounter()
    opt = torch.compile(fn, backend=cnt, dynamic=dynamic)
    print(opt(torch.ones(2), torch.ones(2)))
    print(opt(torch.ones(3), torch.ones(3)))
    print(dynamic, cnt.frame_count)
