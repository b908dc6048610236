# Spec: docs/dynamo-formats.md §1.5/§1.6 (factory calls are call_function nodes with constant arguments, dtype repr torch.float32)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    a = torch.ones(3)
    b = torch.arange(3, dtype=torch.float32)
    c = torch.zeros_like(x)
    return x + a * b + c


out = torch.compile(f, backend=backend)(torch.full((3,), 0.5))
print(backend.graphs[0].code.strip())
print(out)
