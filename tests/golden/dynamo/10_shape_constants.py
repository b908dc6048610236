# Spec: docs/dynamo-formats.md §1.6; shapes are static on the first compile, so sizes fold into constants
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    n = x.shape[0]
    m = x.size(1)
    if x.dim() == 2 and x.dtype == torch.float32:
        y = x.reshape(m, n) * n
    else:
        y = x
    return y + x.ndim + len(x)


out = torch.compile(f, backend=backend)(torch.ones(2, 3))
print(backend.graphs[0].code.strip())
print(out)
