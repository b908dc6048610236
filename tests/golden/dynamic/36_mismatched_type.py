# logs: recompiles
# Spec: docs/dynamic-shapes.md §Recompiles — PyTorch's test_recompile_ux.py::test_mismatched_type
# (P14): a tensor argument that becomes an int fails the graph's TYPE_MATCH guard.
import torch


def func(a, b):
    return a + b


opt = torch.compile(func, backend="eager")
a = torch.ones(3, 4, 5)
b = torch.ones(3, 4, 5)
print(opt(a, b).sum())
print(opt(a, 1).sum())
