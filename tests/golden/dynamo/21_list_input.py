# Spec: docs/dynamo-formats.md §1.9 (c) source names L['xs'][0] -> L_xs_0_
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(xs):
    out = []
    for x in xs:
        out.append(x * 2)
    return out


res = torch.compile(f, backend=backend)([torch.ones(1), torch.zeros(1), torch.full((1,), 3.0)])
print(backend.graphs[0].code.strip())
print(res)
