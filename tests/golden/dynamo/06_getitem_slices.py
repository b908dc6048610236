# Spec: docs/dynamo-formats.md §1.5 getitem template `{}[{}]`, §1.6 slice / tuple reprs
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    a = x[0]
    b = x[:, 1]
    c = x[1:3]
    d = x[..., ::2]
    e = x[None, 0, -1]
    return a, b, c, d, e


x = torch.arange(12.0).reshape(3, 4)
out = torch.compile(f, backend=backend)(x)
print(backend.graphs[0].code.strip())
for t in out:
    print(t)
