# Spec: docs/dynamo-formats.md §1.6 constant reprs (1, 1.0, 0.5, -2, True), §1.13 Example C (float constant 1.0)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    a = x * 0.5
    b = a + 1.0
    c = b - 2
    d = c / 4
    e = torch.clamp(d, 0.0, 1.5)
    return x.add_(1.0) + e


x = torch.ones(3)
out = torch.compile(f, backend=backend, fullgraph=True)(x)
print(backend.graphs[0].code.strip())
print(out)
print(x)
