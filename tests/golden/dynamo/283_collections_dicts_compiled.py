# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — collections.OrderedDict, defaultdict and Counter made
# inside compiled code (fullgraph=True: no graph break, as PyTorch 2.9): OrderedDict() is a
# ConstDictVariable with user_cls OrderedDict (move_to_end, popitem(last=...), items()),
# defaultdict(list / int / a lambda) a DefaultDictVariable whose missing key calls the factory and
# stores the result, Counter(...) a UserDefinedDictVariable whose Python methods (update,
# most_common, __missing__, __add__, __delitem__, the comparisons, unary + and -) are inlined.
# OrderedDict.fromkeys (the class's classmethod, inlined) and dict.fromkeys
# (BuiltinVariable.call_custom_dict_fromkeys), Counter's update / subtract / elements / total.
# Returned, each is rebuilt as its own class.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
from collections import Counter, OrderedDict, defaultdict

import torch


@torch.compile(backend="eager", fullgraph=True)
def odict(x):
    d = OrderedDict()
    d["a"] = x + 1
    d["b"] = x * 2
    d["c"] = x - 1
    d.move_to_end("a")
    d.move_to_end("c", last=False)
    k, v = d.popitem()
    k2, v2 = d.popitem(last=False)
    e = OrderedDict([("p", x), ("q", 2)])
    out = x
    for kk, vv in d.items():
        out = out + vv
    return d, e, k, v, k2, v2, out * e["q"]


d, e, k, v, k2, v2, out = odict(torch.ones(2))
print(type(d).__name__, list(d.keys()), type(e).__name__, e, k, v, k2, v2, out)


@torch.compile(backend="eager", fullgraph=True)
def ddict(x):
    dd = defaultdict(list)
    dd["k"].append(x)
    dd["k"].append(x + 1)
    di = defaultdict(int)
    di["a"] += 2
    di["b"] += 1
    dl = defaultdict(lambda: 10)
    dl["z"] = dl["z"] + 3
    return dd, di, dl, dd["k"][0] * di["a"] + dl["z"]


dd, di, dl, r = ddict(torch.ones(2))
print(type(dd).__name__, dd.default_factory, dict(dd))
print(di, dict(dl), dl["new"], r)


@torch.compile(backend="eager", fullgraph=True)
def counter(x):
    c = Counter("abracadabra")
    c["z"] += 1
    top = c.most_common(2)
    c2 = Counter(a=1, b=5)
    s = c + c2
    return x * c["a"] + c["missing"], top, s, c


r, top, s, c = counter(torch.ones(2))
print(r, top, type(s).__name__, s, c)


@torch.compile(backend="eager", fullgraph=True)
def counter_ops(x):
    c = Counter("aabbbc")
    d = Counter(a=2, b=3, c=1)
    del c["zz"]
    del c["c"]
    n = -Counter(a=-2, b=1)
    p = +Counter(a=-2, b=1)
    empty = not Counter()
    return x * c["b"], c == d, c != d, c <= d, n, p, empty, not {}, c - d, c | d, c & d


for v in counter_ops(torch.ones(2)):
    print(v)


class Reg(dict):
    count = 0

    def register(self, k, v):
        self[k] = v
        return self, Reg.count

    def __repr__(self):
        return "Reg(" + dict.__repr__(self) + ")"


@torch.compile(backend="eager", fullgraph=True)
def more(x):
    o = OrderedDict.fromkeys(["a", "b"], 0)
    d = dict.fromkeys("xy", 1)
    r, n = Reg().register("w", x)
    keys = list(o)
    c = Counter({"a": 3})
    c.update(a=1, b=2)
    c.subtract(["a"])
    els = sorted(c.elements())
    return o, d, r, n, keys, c, els, c.total(), list(reversed(o)), x * len(r)


for v in more(torch.ones(2)):
    print(v)
