# logs: graph_code
# eager-equal
# Spec: docs/runtime-subclasses.md §Slot wrappers and eval — a built-in type's method called through
# the type on a constant: `str.upper(s)`, `str.replace(s, a, b)` (BuiltinVariable.call_method
# sends a method of str's str_methods to the constant's own call_method) and `float.hex(x)` (float's
# method of the constant alone) fold at trace time; so do a constant's own slot wrappers
# (`(3).__mul__(4)`, `"ab".__add__("c")`: ConstantVariable.call_method). Nothing is left for the graph
# but the tensor arithmetic.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x, name, scale):
    tag = str.upper(name) + str.replace(name, "a", "o")
    n = (3).__mul__(4) + len("ab".__add__("c"))
    return x * n + scale, tag, float.hex(scale), float.is_integer(scale), str.split("a b c")


print(f(torch.tensor([1.0, 2.0]), "alpha", 0.5))
print(f(torch.tensor([1.0, 2.0]), "beta", 0.5))
