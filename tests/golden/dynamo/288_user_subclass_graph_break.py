# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — a user subclass instance made in compiled code and
# alive at a graph break is rebuilt after the first graph (base.__new__(cls), its items, its
# attributes) and the code after the break sees it. A tuple subclass whose class defines __new__
# (`super().__new__(cls, (a, b))`) has it inlined. What the playground still does not trace breaks
# the graph with its own message and the frame runs eagerly: a user subclass of str, a subclass of
# collections.defaultdict. Every result equals eager's.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
from collections import defaultdict

import torch


class Bag(dict):
    def __init__(self, label, **kw):
        super().__init__(**kw)
        self.label = label

    def total(self):
        return sum(self.values())


class Row(list):
    pass


@torch.compile(backend="eager")
def f(x):
    b = Bag("bag", a=x, b=x * 2)
    r = Row([x, 1])
    torch._dynamo.graph_break()
    b["c"] = x + 5
    r.append(b.label)
    return b.total(), b.label, type(b).__name__, r, type(r).__name__


for v in f(torch.ones(2)):
    print(v)


class Name(str):
    def shout(self):
        return self.upper() + "!"


class Counts(defaultdict):
    pass


class Vec(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


@torch.compile(backend="eager")
def g(x, n):
    c = Counts(int)
    c["k"] += 2
    v = Vec(x, 3)
    return x * c["k"] + v[1], n.shout()


print(g(torch.ones(2), Name("hi")))
