# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dataclasses and walrus, docs/compiler-api.md §type() —
# type(obj) of a user object in compiled code is its class (BuiltinVariable.call_type: built from
# TypeSource, `type(L['o'])`, guarded by identity; for an object made in the trace, from its
# class's source), so `type(o) is B`, `type(o).__name__` and `type(o)(...)` trace with
# fullgraph=True; type(e) of a caught exception is its class. Assigning a field of a frozen
# dataclass inside compiled code inlines the class's __setattr__ (which tests `type(self) is cls`)
# and raises FrozenInstanceError inside the trace; a traced try/except catches it, fullgraph=True.
# Deleting a field (`del p.b`) is the playground's DELETE_ATTR graph break: the frame runs eagerly
# and gives eager's result.
import dataclasses
import torch


class A:
    def __init__(self, v=1):
        self.v = v


class B(A):
    pass


@torch.compile(backend="eager", fullgraph=True)
def f(x, o):
    t = type(o)
    fresh = type(A(5))
    if t is B:
        return x + 1, t.__name__, fresh.__name__, type(o)(3).v
    return x - 1, t.__name__, fresh is A, t(4).v


x = torch.ones(2)
print(f(x, A()))
print(f(x, B()))
print(f(x, A()))


@dataclasses.dataclass(frozen=True)
class P:
    a: int
    b: int = 2


@torch.compile(backend="eager", fullgraph=True)
def g(x):
    p = P(1)
    try:
        p.a = 5
    except dataclasses.FrozenInstanceError as e:
        return x + p.a + p.b, e.args[0], type(e).__name__
    return x, "no error", ""


print(g(x))


@torch.compile(backend="eager")
def h(x, p):
    try:
        del p.b
    except AttributeError as e:
        return x * p.b, str(e)
    return x, "no error"


print(h(x, P(3, 4)))
