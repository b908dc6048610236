# Spec: docs/dynamic-shapes.md §Which dims are dynamic — PyTorch's
# test_recompiles.py::test_recompiles_true_false_flop (P17): a bool argument flips, then sizes
# change; with automatic dynamic 3 frames.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def foo(x, y):
    if x:
        return y * 2
    else:
        return y * y


opt = torch.compile(foo, backend=cnt)
print(opt(True, torch.ones(2)))
print(opt(False, torch.ones(2)))
print(opt(True, torch.ones(3)))
print(opt(True, torch.ones(4)))
print(opt(True, torch.ones(5)))
print(cnt.frame_count)
