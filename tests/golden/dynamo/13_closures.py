# Spec: docs/dynamo-formats.md §1.9; closures over tensors and constants are inlined (no graph break)
import torch
from torch._dynamo.testing import CompileCounter, EagerAndRecordGraphs

backend = EagerAndRecordGraphs()
offset = 3


def make_adder(k):
    def add(t):
        return t + k + offset
    return add


add5 = make_adder(5)


def f(x, y):
    def scale(t):
        return t * y

    return scale(add5(x)), [scale(v) for v in (x, y)]


out = torch.compile(f, backend=backend)(torch.ones(2), torch.full((2,), 2.0))
print(backend.graphs[0].code.strip())
print(out[0])
print(out[1])
