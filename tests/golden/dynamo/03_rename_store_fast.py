# Spec: docs/dynamo-formats.md §1.9 (c) STORE_FAST renames a fresh node once; old auto-names stay reserved; §1.13 Example A
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    y = torch.sin(x)
    z = y
    x = torch.cos(y)
    x = x + 1
    w = torch.sin(z)
    return x, w


out = torch.compile(f, backend=backend)(torch.zeros(4))
print(backend.graphs[0].code.strip())
print(out[0])
print(out[1])
