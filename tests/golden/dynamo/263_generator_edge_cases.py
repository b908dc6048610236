# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Generators — generator edge cases inside compiled code: a
# local generator returned out of the frame, send() and close() on a local generator, a graph
# break inside a generator's body, `yield from`, and a generator passed in as an input. Each is a
# graph break (the playground's own message where PyTorch 2.9 traces it) and the compiled call
# returns what eager returns.
import torch

def gen(x):
    y = yield x.sin()
    yield x.cos() + (0 if y is None else y)

@torch.compile(backend="eager")
def returns_gen(x):
    g = gen(x)
    return g

g = returns_gen(torch.ones(2))
print(type(g).__name__, list(g))

@torch.compile(backend="eager")
def send_local(x):
    g = gen(x)
    a = next(g)
    b = g.send(2)
    return a, b

print(send_local(torch.ones(2)))

@torch.compile(backend="eager")
def close_local(x):
    g = gen(x)
    a = next(g)
    g.close()
    return a

print(close_local(torch.ones(2)))

def gen_break(x):
    yield x + 1
    torch._dynamo.graph_break()
    yield x + 2

@torch.compile(backend="eager")
def break_in_gen(x):
    return [t * 2 for t in gen_break(x)]

print(break_in_gen(torch.ones(2)))

def inner(x):
    yield x
    yield x + 1

def outer(x):
    yield from inner(x)
    yield x + 2

@torch.compile(backend="eager")
def yf(x):
    return list(outer(x))

print(yf(torch.ones(2)))

@torch.compile(backend="eager")
def gen_input(x, g):
    return x + next(g)

print(gen_input(torch.ones(2), gen(torch.ones(2))))
