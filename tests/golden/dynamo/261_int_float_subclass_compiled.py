# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §int and float — an instance of a user subclass of int or float
# (a boxed NumberObj) given to a compiled function is not traced by the playground yet: a graph
# break that says so, and the frame runs eagerly, so the compiled call returns what eager returns
# (the subclass's own __mul__ and a plain float from float's arithmetic).
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
