# Spec: docs/dynamo-formats.md §1.9; the untaken branch leaves no node in the graph
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()
USE_COS = False


def f(x, flag):
    if flag:
        x = x + 1
    if USE_COS:
        return x.cos()
    return x.sin()


cf = torch.compile(f, backend=backend)
print(cf(torch.zeros(2), True))
print(cf(torch.zeros(2), False))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(backend.graphs[1].code.strip())
