# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — a user subclass instance made in compiled code and
# alive at a graph break is rebuilt after the first graph (base.__new__(cls), its items, its
# attributes) and the code after the break sees it. A tuple subclass whose class defines __new__
# (`super().__new__(cls, (a, b))`) has it inlined; a user subclass of collections.defaultdict
# (made in compiled code, with or without its own __init__ calling super().__init__(list), or
# passed in) keeps the default factory of its defaultdict part. An instance of a str subclass is a
# UserDefinedObjectVariable (docs/runtime-subclasses.md §Enums in compiled code): its Python method
# is inlined, and str's own `upper` inside it is an "Unsupported method call" graph break. Every
# result equals eager's.
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


class Groups(defaultdict):
    def __init__(self):
        super().__init__(list)
        self.tag = "g"


class Bumps(defaultdict):
    def bump(self, k):
        self[k] += 1
        return self


@torch.compile(backend="eager", fullgraph=True)
def h(x, inp):
    c = Bumps(int)
    c["k"] += 2
    c.bump("j")
    gr = Groups()
    gr["a"].append(x)
    inp["m"] += 5
    return x * c["k"] + inp["m"], c, gr, gr.tag, type(gr).__name__, c.default_factory, gr.default_factory, inp


r = h(torch.ones(2), Bumps(int))
for v in r:
    print(v)
print(r[2]["zz"], r[1]["q"])
