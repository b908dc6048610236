# logs: guards
# Spec: docs/dynamic-shapes.md §Finishing the graph — PyTorch's test_logging.py::test_guards_sloc
# (P11): x's symbol is replaced by 2*z's after cat, y and z share a duck-sized symbol, and the
# branch on x.size(0) % 3 adds a guard. One known difference: PyTorch's log binds the shared y/z
# symbol to z (its guard lines read 2*L['z'] and L['y'] == L['z']): it realizes z before y inside
# torch.cat([y, z]); the playground realizes list items left to right (docs/dynamic-shapes.md).
import torch


@torch.compile(dynamic=True, backend="eager")
def f(x, y, z):
    x = x * 3
    if x.size(0) % 3 == 0:
        return x + torch.cat([y, z])
    else:
        return x * 2


print(f(torch.ones(6), torch.ones(3), torch.ones(3)))
