# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Generators — generator edge cases inside compiled code. Traced
# (fullgraph=True): send() (a just-started generator refuses a value with CPython's TypeError),
# close() and throw() on a local generator not suspended inside a try block (the exception raised
# in the caller, caught by the traced try/except), and `yield from` a local generator (its return
# value, values sent through it), a list and a range; a local generator returned out of the frame
# (run to its end in the graph, the caller gets a generator over its items: docs/compiler-api.md
# "Generators after the graph"). Graph breaks, each with the playground's message where PyTorch
# 2.9 traces it: close() on a generator suspended in try/finally, a graph break inside a
# generator's body, and a generator passed in as an input (a "Failed to trace builtin operator"
# graph break). Every compiled call returns what eager returns.
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


@torch.compile(backend="eager", fullgraph=True)
def send_local(x):
    g = gen(x)
    a = next(g)
    b = g.send(2)
    done = 0
    try:
        g.send(3)
    except StopIteration:
        done = 1
    return a, b, done


print(send_local(torch.ones(2)))


@torch.compile(backend="eager", fullgraph=True)
def close_local(x):
    g = gen(x)
    a = next(g)
    g.close()
    g.close()
    rest = list(g)
    return a, len(rest)


print(close_local(torch.ones(2)))


@torch.compile(backend="eager", fullgraph=True)
def throw_local(x):
    g = gen(x)
    a = next(g)
    try:
        g.throw(ValueError)
    except ValueError:
        a = a + 1
    return a, list(g)


print(throw_local(torch.ones(2)))


@torch.compile(backend="eager", fullgraph=True)
def send_early(x):
    g = gen(x)
    try:
        g.send(1)
    except TypeError:
        return x - 1
    return x


print(send_early(torch.ones(2)))


def guarded(x):
    try:
        yield x
    finally:
        print("cleanup")


@torch.compile(backend="eager")
def close_guarded(x):
    g = guarded(x)
    a = next(g)
    g.close()
    return a * 2


print(close_guarded(torch.ones(2)))



def inner2(x):
    got = yield x
    yield x + (0 if got is None else got)
    return x * 10


def outer2(x):
    r = yield from inner2(x)
    yield r
    yield from [x - 1, x - 2]
    yield from range(2)


@torch.compile(backend="eager", fullgraph=True)
def yf2(x):
    return list(outer2(x))


print(yf2(torch.ones(2)))


@torch.compile(backend="eager", fullgraph=True)
def yf_send(x):
    g = outer2(x)
    a = next(g)
    b = g.send(5)
    c = next(g)
    return a, b, c


print(yf_send(torch.ones(2)))
