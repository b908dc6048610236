# Spec: docs/dynamo-formats.md §1.9 (loops over constants are unrolled; add, add_1, ...)
import torch
from torch._dynamo.testing import CompileCounter, EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    for i in range(3):
        x = x + i
    n = 0
    while n < 2:
        x = x * 2
        n += 1
    return x


out = torch.compile(f, backend=backend)(torch.zeros(2))
print(backend.graphs[0].code.strip())
print(out)
