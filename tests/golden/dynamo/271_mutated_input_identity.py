# logs: graph_breaks
# eager-equal
# Spec: docs/compiler-api.md §Function defaults — a list or dict from outside the frame that the
# compiled code mutates and returns is the same object afterwards (its mutations are written back
# in place and the returned value is read from its source), so `f(l) is l` holds as in eager; also
# across a graph break, and for a mutable default returned by an inlined function.
import torch


@torch.compile(backend="eager")
def f(x, l, d):
    l.append(1)
    d["k"] = 2
    return x + 1, l, d


l, d = [0], {}
r = f(torch.ones(1), l, d)
print(r[1] is l, r[2] is d, l, d)


@torch.compile(backend="eager")
def g(x, l):
    l.append(5)
    torch._dynamo.graph_break()
    l.append(6)
    return l


m = [1]
print(g(torch.ones(2), m) is m, m)


def remember(v, seen=[]):
    seen.append(v)
    return seen


@torch.compile(backend="eager")
def h(x):
    s = remember(3)
    return x * len(s), s


out = h(torch.ones(2))
print(out, out[1] is remember.__defaults__[0])
