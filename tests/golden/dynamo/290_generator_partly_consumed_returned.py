# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Generators after the graph" — a generator partly consumed in the
# traced code before it is returned: the caller's generator yields only the items not yet taken
# (the generator's local state after the yields it already made is honoured) and then stops with
# the generator's return value (StopIteration.value, as eager); one exhausted in the trace is
# exhausted for the caller too (its next StopIteration has no value, as eager).
import torch


def whoo(t):
    x = 0
    yield t.sin() + x
    x += 1
    yield t.cos() + x
    x += 1
    yield t.tan() + x
    return 42


@torch.compile(backend="eager", fullgraph=True)
def advanced(t):
    gen = whoo(t)
    first = next(gen)
    return first * 2, gen


t = torch.tensor([0.5, 1.0])
y, g = advanced(t)
print(y, list(g))
y, g = advanced(t)
next(g)
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


@torch.compile(backend="eager", fullgraph=True)
def exhausted(t):
    gen = whoo(t)
    s = sum(gen)
    return s, gen


s, g = exhausted(t)
print(s)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
