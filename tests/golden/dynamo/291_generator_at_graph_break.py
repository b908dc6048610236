# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "Generators after the graph" — a generator alive at a graph break
# (torch._dynamo.graph_break() in the frame, or in a function it calls): the generator is run to
# its end in the first graph, and the resume function continues with a generator over its
# remaining items (PyTorch: a list_iterator), so the code after the break reads the same values as
# eager; the resume function itself graph-breaks on next() / list() of that generator input.
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
