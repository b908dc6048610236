# Spec: docs/dynamo-formats.md §1.6 (list and tuple arguments print as [a, b] and (a, b))
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x, y):
    c = torch.cat([x, y], dim=0)
    s = torch.stack((x, y))
    w = torch.where(x > y, x, y)
    return c, s, w


out = torch.compile(f, backend=backend)(torch.tensor([1.0, 5.0]), torch.tensor([3.0, 2.0]))
print(backend.graphs[0].code.strip())
for t in out:
    print(t)
