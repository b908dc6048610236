# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Slot wrappers and eval — `int.__add__(1, 2)` called through the
# class: PyTorch 2.9's BuiltinVariable.call_method has no rule for int's methods (it has str's and
# float's), so the call reaches VariableTracker.call_method's "Unsupported method call" graph
# break, naming the method and `type` (BuiltinVariable's python_type); the call runs eagerly and
# the rest of the function is traced in a resume function.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import torch


@torch.compile(backend="eager")
def f(x):
    y = x + 1
    k = int.__add__(1, 2)
    return y * k


print(f(torch.tensor([1.0, 2.0])))
