# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — an OrderedDict, a defaultdict and a Counter made in
# compiled code and alive at a graph break (torch._dynamo.graph_break()) are rebuilt after the
# first graph as their own classes (ConstDictVariable.reconstruct calls OrderedDict(items),
# DefaultDictVariable's defaultdict(factory, items), a new Counter is dict.__new__(Counter) filled
# with its items), so the code after the break sees the same objects eager code sees. An OrderedDict
# and a defaultdict passed in are traced too (their default_factory read from the argument); keys
# set inside the compiled code are written back to the caller's objects.
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
