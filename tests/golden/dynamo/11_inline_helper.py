# Spec: docs/dynamo-formats.md §1.13 Example A (inlined helper, renames sin->x and add->x_1, comment of the inlined frame removed by normalize_gm)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs, normalize_gm

backend = EagerAndRecordGraphs()


def g(x, y):
    return x + y


@torch.compile(backend=backend)
def f(x):
    x = torch.sin(x)
    x = g(x, x)
    return x


out = f(torch.ones(3, 3))
print(normalize_gm(backend.graphs[0].print_readable(print_output=False)))
print(out)
