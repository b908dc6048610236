# logs: recompiles
# eager-equal
# Spec: docs/compiler-api.md §Function defaults — defaults that are not literals are read through
# the function's source: a tensor default is a graph input (`G['scale'].__defaults__[0]`, so an
# in-place change to it is seen), a mutable list default appended to in compiled code is written
# back (its length guard fails on the next call, which recompiles, as for any list read from a
# source); an object built with its __init__'s defaults and keyword-only defaults (None, str) trace.
import torch
W = torch.full((2,), 3.0)
def scale(x, w=W):
    return x * w
def acc(v, store=[]):
    store.append(v)
    return len(store)
class Cfg:
    def __init__(self, n=2, tags=()):
        self.n = n
        self.tags = tags
def kw(x, *, k=None, s="a"):
    return x + (0 if k is None else k), s
@torch.compile(backend="eager")
def f(x):
    c = Cfg()
    return scale(x), acc(1), acc(2), c.n, c.tags, kw(x), kw(x, k=2, s="b")
x = torch.ones(2)
print(f(x))
print(f(x))
W.add_(1)
print(f(x))
print(acc.__defaults__)
