# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "Generators after the graph" — a generator created in the traced code
# and returned from the compiled function: Dynamo runs it to its end inside the graph (its items
# are graph outputs). PyTorch hands back iter([those items]); the playground hands back a
# generator named like the original yielding them, so the call returns what eager returns (type,
# name, items; the same object wherever it is returned). No graph break.
import torch


def gen(x):
    for i in range(3):
        yield x + i


@torch.compile(backend="eager")
def g(x):
    return gen(x)


print(list(g(torch.ones(2))))
r = g(torch.ones(2))
print(type(r).__name__, r.__name__, r.__qualname__)
it = g(torch.zeros(2))
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")


@torch.compile(backend="eager", fullgraph=True)
def two(x):
    a, b = gen(x), gen(x * 2)
    return (a, b), x.sin()


(a, b), s = two(torch.ones(2))
print(list(a), list(b), s)


@torch.compile(backend="eager", fullgraph=True)
def same_twice(x):
    it = gen(x)
    return it, [it, 1]


p, q = same_twice(torch.ones(2))
print(next(p), next(q[0]), list(p), q[1])
