# logs: guards
# Spec: docs/dynamic-shapes.md §Finishing the graph — PyTorch's
# test_logging.py::test_guards_polyfill_sloc (P12): a comparison of sizes inside any([...])
# becomes a replacement x = 2*y, printed as a binding guard with the user line.
import torch


@torch.compile(dynamic=True, backend="eager")
def f(x, y):
    return any([x.size(0) == y.size(0) * 2])


print(f(torch.randn(6), torch.randn(3)))
