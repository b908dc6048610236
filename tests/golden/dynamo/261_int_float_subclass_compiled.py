# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Enums in compiled code — an instance of a user subclass of int
# or float (a boxed NumberObj) given to a compiled function is a UserDefinedObjectVariable, as
# PyTorch 2.9's wrap_user_defined makes it: `float(s)` is "Failed to trace builtin operator", a
# binary operator calls the subclass's method (its Python `__mul__` inlined, int's `__floordiv__`
# an "Unsupported method call"), a tensor operand has no proxy for it ("Failed to convert
# args/kwargs to proxy"), and constructing one is the playground's break. A break at a CALL runs
# the call eagerly and resumes after it; a break at BINARY_OP (no break_graph_if_unsupported) cannot
# resume, and with no checkpoint before it (a graph of two calls at an empty stack) the frame falls
# back to eager ("Failed to handle graph break gracefully"). The compiled call returns what eager
# returns.
import torch


class Scale(float):
    def __mul__(self, other):
        return Scale(float(self) * 2) if isinstance(other, (int, float)) else NotImplemented


class Steps(int):
    def halve(self):
        return Steps(self // 2)


@torch.compile(backend="eager")
def apply(x, s, n):
    return x * float(s) + n.halve(), s * 3, type(s * 3).__name__


s, n = Scale(1.5), Steps(9)
print(apply(torch.tensor([1.0, 2.0]), s, n))
print(repr(s * 3), n.halve(), type(n + 1).__name__, isinstance(n, int))
