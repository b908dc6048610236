# Spec: docs/dynamo-formats.md §1.9; lambdas, len/range/zip/enumerate/min/max on constants are evaluated by Dynamo
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(xs):
    act = lambda t: t.relu()
    total = xs[0] * 0
    for i, x in enumerate(xs):
        total = total + act(x) * (i + 1)
    k = max(len(xs), 2) + min(1, 5) + abs(-1)
    return total * k


out = torch.compile(f, backend=backend)([torch.ones(2), -torch.ones(2), torch.full((2,), 2.0)])
print(backend.graphs[0].code.strip())
print(out)
