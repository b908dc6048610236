# Spec: docs/dynamo-formats.md §1.9 (b) numbering (sin, sin_1, sin_2), builtin clashes (sum_1, max_1, abs_1, pow_1)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    return torch.sin(x) + torch.sin(x + 1) + torch.sin(x + 2) + x.sum() + torch.sum(x) + torch.max(x) + torch.abs(x) + torch.pow(x, 2)


out = torch.compile(f, backend=backend)(torch.ones(3))
print(backend.graphs[0].code.strip())
print(out)
