# Spec: docs/dynamo-formats.md §1.5 magic-method templates for operators
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x, y):
    a = x + y
    b = x - y
    c = x * y
    d = x / y
    e = x // y
    g = x % y
    h = x ** 2
    i = x @ y
    j = -x
    k = x > y
    m = x <= y
    n = x == y
    o = ~k
    p = k & m
    q = k | n
    return a, b, c, d, e, g, h, i, j, o, p, q


x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
y = torch.tensor([[2.0, 2.0], [2.0, 5.0]])
out = torch.compile(f, backend=backend)(x, y)
print(backend.graphs[0].code.strip())
for t in out:
    print(t)
