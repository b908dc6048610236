# Iterating a deque and an OrderedDict (and its views, reversed) inside a compiled function: the
# loops are unrolled into one graph, with no graph break, and the result equals eager's. The
# deque's and OrderedDict's own iterators (with CPython's classes and mutation checks) are what
# eager code gets.
import collections

import torch
from torch._dynamo.testing import CompileCounter

dq = collections.deque([1.0, 2.0, 3.0])
od = collections.OrderedDict(w=2.0, b=-1.0)


def f(x, dq, od):
    for v in dq:
        x = x + v
    for v in reversed(dq):
        x = x * v
    for k in od:
        x = x * od[k]
    for k, v in reversed(od.items()):
        x = x - v
    return x


cnt = CompileCounter()
cf = torch.compile(f, backend=cnt)
x = torch.tensor([1.0, 2.0])
print(cf(x, dq, od))
print(f(x, dq, od))
print(cnt.frame_count, cnt.op_count)
print(type(iter(dq)).__name__, type(iter(od)).__name__, type(reversed(od.values())).__name__)
