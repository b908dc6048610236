# Spec: docs/dynamo-formats.md §1.5 call_method rendering, §1.9 naming (view, transpose, unsqueeze, ...)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    a = x.view(3, 2)
    b = a.transpose(0, 1).contiguous()
    c = b.reshape(-1)
    d = c.unsqueeze(0).expand(2, 6)
    e = d.permute(1, 0).flatten()
    return e.relu().exp().mean()


out = torch.compile(f, backend=backend)(torch.zeros(2, 3))
print(backend.graphs[0].code.strip())
print(out)
