# logs: graph_breaks
# eager-equal
# Spec: docs/compiler-api.md "Generators after the graph" — a generator that would mutate
# something while Dynamo runs it to its end for the caller cannot be rebuilt (PyTorch's
# "Generator reconstruction with mutations"): the frame falls back to eager. A mutation made
# before the generator's last yield taken in the trace is fine.
import torch


def whoo(t, d):
    d[2] = t
    yield t.sin()
    yield t.cos()
    d[3] = t + 1
    yield t.tan()


@torch.compile(backend="eager")
def fn(t, d):
    gen = whoo(t, d)
    next(gen)
    return t.sin(), gen


t = torch.tensor([0.5, 1.0])
d = {1: t}
y, g = fn(t, d)
print(y, sorted(d), list(g), sorted(d))


def before(t, d):
    d[2] = t
    yield t.sin()
    yield t.cos()


@torch.compile(backend="eager")
def fn2(t, d):
    gen = before(t, d)
    next(gen)
    return t.sin(), gen


d = {1: t}
y, g = fn2(t, d)
print(y, sorted(d), list(g))
