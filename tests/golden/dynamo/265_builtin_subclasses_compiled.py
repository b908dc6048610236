# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — namedtuple `_make` / `_replace` and instances of user
# subclasses of list, dict and tuple inside compiled code. PyTorch 2.9 traces them (NamedTupleVariable,
# UserDefinedListVariable / UserDefinedDictVariable / UserDefinedTupleVariable wrapping a
# ListVariable / ConstDictVariable / TupleVariable); the playground breaks the graph with its own
# message and runs the code eagerly, so compiled returns what eager returns.
import torch
from collections import namedtuple

P = namedtuple("P", "x y")

@torch.compile(backend="eager")
def nt(x):
    p = P._make([x, x + 1])
    q = p._replace(y=x * 3)
    return p, q

print(nt(torch.ones(2)))

class MyList(list):
    def total(self):
        return sum(self)

@torch.compile(backend="eager")
def ul(x, l):
    l.append(x)
    return l.total(), len(l)

print(ul(torch.ones(2), MyList([torch.ones(2)])))

class MyDict(dict):
    pass

@torch.compile(backend="eager")
def ud(x, d):
    return x * d["a"]

print(ud(torch.ones(2), MyDict(a=3)))

class MyTuple(tuple):
    pass

@torch.compile(backend="eager")
def ut(x, t):
    return x * t[0]

print(ut(torch.ones(2), MyTuple([3])))
