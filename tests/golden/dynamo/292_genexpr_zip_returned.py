# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Generators after the graph" — a generator expression returned, and
# zip over a generator returned: the generator expression is a local generator like any other (run
# to its end in the graph, the caller gets a generator over its items); zip(range(3), gen) and
# enumerate(gen, 5) are traced to their tuples and rebuilt after the graph as zip / enumerate over
# the items not yet taken, so the caller gets a zip / enumerate object with eager's values.
# map(fn, gen) is PyTorch's lazy MapVariable: traced item by item when consumed in the trace,
# rebuilt after the graph as map(fn, the iterators) when returned (fn then runs in the caller, not
# in the graph).
import torch


@torch.compile(backend="eager", fullgraph=True)
def genexp(x):
    return (x * i for i in range(3))


print(list(genexp(torch.ones(2))))


def whoo(t):
    yield t + 1
    yield t + 2
    yield t + 3


@torch.compile(backend="eager", fullgraph=True)
def zipped(t):
    return zip(range(3), whoo(t)), t.sin()


z, s = zipped(torch.ones(2))
print(list(z), s)


@torch.compile(backend="eager", fullgraph=True)
def enumerated(t):
    e = enumerate(whoo(t), 5)
    first = next(e)
    return first, e


first, e = enumerated(torch.ones(2))
print(first, list(e))


@torch.compile(backend="eager", fullgraph=True)
def mapped(t):
    return map(lambda a: a * 10, whoo(t))


print(list(mapped(torch.ones(2))))


@torch.compile(backend="eager", fullgraph=True)
def map_in_trace(t):
    m = map(lambda a, b: a * b, [t, t + 1, t + 2], range(5))
    first = next(m)
    return first + sum(map(torch.sin, whoo(t))), m


y, m = map_in_trace(torch.ones(2))
print(y, list(m))
