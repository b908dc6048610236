# Spec: docs/dynamo-formats.md §1.8 (outputs are a flat tuple; containers are rebuilt after the graph)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x, y):
    s = x + y
    return {"sum": s, "pair": (s, x * y), "list": [y, 1, "a"], "same": x}


out = torch.compile(f, backend=backend)(torch.ones(2), torch.full((2,), 3.0))
print(backend.graphs[0].code.strip())
print(out)
print(out["same"] is not None, type(out["pair"]).__name__, type(out["list"]).__name__)
