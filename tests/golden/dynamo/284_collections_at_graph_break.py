# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — an OrderedDict, a defaultdict and a Counter made in
# compiled code and alive at a graph break (torch._dynamo.graph_break()) are rebuilt after the
# first graph as their own classes (ConstDictVariable.reconstruct calls OrderedDict(items),
# DefaultDictVariable's defaultdict(factory, items), a new Counter is dict.__new__(Counter) filled
# with its items), so the code after the break sees the same objects eager code sees. An OrderedDict
# and a defaultdict passed in are traced too (their default_factory read from the argument); keys
# set inside the compiled code are written back to the caller's objects. copy() keeps the class
# (and the factory); a Counter passed in is updated in place; slicing a list subclass gives a
# list; OrderedDict.move_to_end / popitem and a defaultdict without a factory raise CPython's
# KeyError inside the trace, caught by the traced try/except.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
from collections import Counter, OrderedDict, defaultdict

import torch


@torch.compile(backend="eager")
def f(x):
    d = OrderedDict(a=x + 1)
    dd = defaultdict(list)
    dd["k"].append(x * 2)
    c = Counter(["u", "v", "u"])
    torch._dynamo.graph_break()
    d.move_to_end("a", last=False)
    d["b"] = x
    dd["j"].append(x)
    return type(d).__name__, type(dd).__name__, type(c).__name__, d, dd, c["u"] * x, c


for v in f(torch.ones(2)):
    print(v)


@torch.compile(backend="eager")
def g(x, od, dd):
    od["new"] = x
    dd["m"].append(x + 1)
    return od["a"] * x + dd["m"][0]


od = OrderedDict(a=3)
ddl = defaultdict(list, n=[1])
print(g(torch.ones(2), od, ddl))
print(od, ddl)


class MyList(list):
    pass


class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.n = 0


@torch.compile(backend="eager", fullgraph=True)
def h(x, od, dd, c):
    a = od.copy()
    a["z"] = x
    b = dd.copy()
    b["new"].append(1)
    m = MyList([1, 2, 3])
    m2 = m[1:]
    t = list(m) + m2
    d = D(a=x)
    d.n += 1
    e = dict(d)
    c.update("xyz")
    return a, b, type(a).__name__, type(b).__name__, t, type(m2).__name__, d, d.n, e, c, c.total(), len(c), "x" in c, sorted(c)


od = OrderedDict(k=1)
dd = defaultdict(list, q=[0])
c = Counter("xx")
for v in h(torch.ones(2), od, dd, c):
    print(v)
print(od, dd, c)


@torch.compile(backend="eager", fullgraph=True)
def k(x):
    d = OrderedDict()
    try:
        d.move_to_end("nope")
    except KeyError:
        x = x + 1
    try:
        d.popitem()
    except KeyError:
        x = x + 10
    dd = defaultdict(None)
    try:
        dd["k"]
    except KeyError:
        x = x + 100
    return x


print(k(torch.ones(2)))
