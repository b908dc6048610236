# logs: recompiles
# Spec: docs/dynamic-shapes.md §Symbols in the graph — PyTorch's
# test_misc.py::test_guard_failure_fn_tensor_iter (P13): iterating a tensor fixes its length, in
# both modes.
import torch
from torch._dynamo.testing import CompileCounter


def fn(x):
    for y in x:
        y.add_(1.0)
    return y


for dynamic in (False, True):
    torch._dynamo.reset()
    cnt = CompileCounter()
    opt = torch.compile(fn, backend=cnt, dynamic=dynamic)
    print(opt(torch.zeros(10, 10)).sum())
    print(opt(torch.zeros(9, 10)).sum())
    print(dynamic, cnt.frame_count)
