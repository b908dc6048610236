# logs: guards
# Spec: docs/dynamic-shapes.md §Finishing the graph — PyTorch's test_logging.py::test_guards_sloc_vr
# (P12): torch._check narrows y's range to [3, 14]; the range guard names both user lines.
import torch


@torch.compile(dynamic=True, backend="eager")
def f(x, y):
    torch._check(x.size(0) > 5)
    torch._check(x.size(0) < 30)
    torch._check(x.size(0) == y.size(0) * 2)
    return torch.tensor(True)


print(f(torch.randn(6), torch.randn(3)))
