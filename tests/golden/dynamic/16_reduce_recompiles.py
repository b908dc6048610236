# Spec: docs/dynamic-shapes.md §Which dims are dynamic — PyTorch's
# test_recompiles.py::test_automatic_dynamic_reduce_recompiles (P17): x * y with sizes
# 2,3,4,4,5,5,6 compiles 5 frames with dynamic=False, 2 with the default, 1 with dynamic=True.
import torch
from torch._dynamo.testing import CompileCounter


def foo(x, y):
    return x * y


for dynamic in (False, None, True):
    torch._dynamo.reset()
    cnt = CompileCounter()
    opt = torch.compile(foo, backend=cnt, dynamic=dynamic)
    for n in (2, 3, 4, 4, 5, 5, 6):
        out = opt(torch.ones(n), torch.ones(n) * 2)
    print(dynamic, cnt.frame_count, out.sum())
