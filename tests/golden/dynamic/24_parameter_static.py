# Spec: docs/dynamic-shapes.md §Which dims are dynamic — PyTorch's
# test_recompiles.py::test_dynamic_shape_parameter_recompile (P17): an nn.Parameter keeps static
# shapes, so each new size of it recompiles (4 frames for sizes 1, 10, 11, 15, 15).
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def foo(x, w):
    return x @ w


opt = torch.compile(foo, backend=cnt)
for n in (1, 10, 11, 15, 15):
    w = torch.nn.Parameter(torch.ones(n, n))
    print(opt(torch.ones(n, n), w).sum())
print(cnt.frame_count)
