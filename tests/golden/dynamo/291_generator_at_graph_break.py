# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "Generators after the graph" — a generator alive at a graph break
# (torch._dynamo.graph_break() in the frame, or in a function it calls): the generator is run to
# its end in the first graph, and the resume function continues with a generator over its
# remaining items (PyTorch: a list_iterator), so the code after the break reads the same values as
# eager; the resume function itself graph-breaks on next() / list() of that generator input. A
# graph break inside a list comprehension looping over a generator (the comprehension's call is the
# breaking instruction, and it already took items): the analysis restarts and stops before that
# call, as PyTorch's does, so the generator is rebuilt as it was before it (run to its end in the
# first graph; the comprehension runs eagerly over its items).
import torch


def whoo(t):
    yield t.sin()
    yield t.cos()
    yield t.tan()


def brk(t):
    torch._dynamo.graph_break()


@torch.compile(backend="eager")
def fn(t):
    gen = whoo(t)
    a = next(gen)
    torch._dynamo.graph_break()
    b = next(gen)
    return a + b, list(gen)


t = torch.tensor([0.25, 0.5])
print(fn(t))


@torch.compile(backend="eager")
def fn2(t):
    gen = whoo(t)
    next(gen)
    brk(t)
    return t.sin(), list(gen)


print(fn2(t))


def double(t):
    torch._dynamo.graph_break()
    return t * 2


@torch.compile(backend="eager")
def in_comprehension(t):
    return [double(v) for v in whoo(t)]


print(in_comprehension(t))
