# Spec: docs/dynamo-formats.md §1.5 (call_method / call_function), §1.6 kwargs `key = value`
import torch
from torch._dynamo.testing import EagerAndRecordGraphs, normalize_gm

backend = EagerAndRecordGraphs()


def f(x):
    a = x.sum(dim=1)
    b = x.sum(dim=1, keepdim=True)
    c = torch.sum(x, dim=0)
    d = torch.mean(x, dim=-1, keepdim=False)
    return a, b, c, d


out = torch.compile(f, backend=backend)(torch.ones(2, 3))
print(normalize_gm(backend.graphs[0].print_readable(print_output=False)))
for t in out:
    print(t)
