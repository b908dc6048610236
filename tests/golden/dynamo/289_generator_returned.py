# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "Generators after the graph" — a generator created in the traced code
# and returned from the compiled function: Dynamo runs it to its end inside the graph (its items
# are graph outputs) and the caller gets an iterator over those items (iter([...]), not a
# generator). No graph break; list() of it equals eager's.
import torch


def gen(x):
    for i in range(3):
        yield x + i


@torch.compile(backend="eager")
def g(x):
    return gen(x)


print(list(g(torch.ones(2))))
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
