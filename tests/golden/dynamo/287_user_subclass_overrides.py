# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — a user subclass of dict / list that overrides the
# protocol methods: __getitem__ (calling super().__getitem__), __setitem__, __iter__, __len__,
# __contains__, __add__ / __radd__, and a method calling dict.items(self) / list.append(self, x):
# the overrides are inlined wherever the operation happens (subscript, for loop, len(), `in`,
# `+`), the built-in type's own methods reach the built-in part. sorted(key=...) traces the key
# function. fullgraph=True: no graph break.
# Expected output: real PyTorch (1.13, eager, torch.compile replaced by the identity) on CPython 3.11.
import torch


class Doubling(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2

    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)

    def __contains__(self, k):
        return k == "always" or dict.__contains__(self, k)

    def pairs(self):
        return sorted(dict.items(self), key=lambda kv: kv[0], reverse=True)


class Evens(list):
    def __iter__(self):
        return iter(self[::2])

    def __len__(self):
        return 100

    def __add__(self, other):
        out = Evens(list(self))
        list.append(out, other)
        return out

    def __radd__(self, other):
        return other * 10


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    d = Doubling()
    d["a"] = x
    d["b"] = 3
    r = d["a"] + d["b"]
    flags = ("always" in d, "a" in d, "zz" in d)
    e = Evens([x, x * 5, x * 7])
    s = x
    for t in e:
        s = s + t
    e2 = e + x
    return r, flags, d.pairs(), s, len(e), list.__len__(e2), 1 + e, type(e2).__name__, d


for v in f(torch.ones(2)):
    print(v)
