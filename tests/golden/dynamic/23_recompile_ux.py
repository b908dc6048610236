# logs: recompiles
# Spec: docs/dynamic-shapes.md §Recompiles — PyTorch's test_recompile_ux.py (P14): the reason for
# each kind of TENSOR_MATCH failure, with automatic dynamic off.
import torch

torch._dynamo.config.automatic_dynamic_shapes = False


def func(a):
    return torch.add(a, 4)


for missed in (lambda a: a[0:2, :, :], lambda a: a[0, :, :], lambda a: a.to(torch.float64)):
    torch._dynamo.reset()
    a = torch.ones(3, 4, 5)
    opt = torch.compile(func, backend="eager")
    opt(a)
    print(opt(missed(a)).shape)
