# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Dynamo — namedtuple `_make` / `_replace` inside compiled code
# build a new NamedTupleVariable with no graph break (fullgraph=True), from a list, a tuple or a
# generator expression, for collections.namedtuple and typing.NamedTuple classes; a wrong item
# count or field name raises CPython's TypeError / ValueError inside the trace, caught by the
# traced try/except. Instances of user subclasses of list, dict and tuple: PyTorch 2.9 traces them
# (UserDefinedListVariable / UserDefinedDictVariable / UserDefinedTupleVariable wrapping a
# ListVariable / ConstDictVariable / TupleVariable); the playground breaks the graph with its own
# message and runs the frame eagerly, so compiled returns what eager returns.
import torch
from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y")


class Q(NamedTuple):
    a: torch.Tensor
    b: int = 2


@torch.compile(backend="eager", fullgraph=True)
def nt(x):
    p = P._make([x, x + 1])
    q = p._replace(y=x * 3)
    r = Q._make((x.sin(), 4))._replace(b=5)
    s = q._make(v * 2 for v in q)
    return p, q, r, s, r.b * x


out = nt(torch.ones(2))
print(out, [type(t).__name__ for t in out[:4]])


@torch.compile(backend="eager", fullgraph=True)
def bad(x):
    caught = 0
    try:
        P._make([x])
    except TypeError:
        caught += 1
    try:
        P(x, x)._replace(z=1)
    except ValueError:
        caught += 10
    return x + caught


print(bad(torch.ones(2)))


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
