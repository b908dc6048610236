# Spec: docs/dynamo-formats.md §1.2-§1.8 (code layout, alias line, deallocation suffix), §1.12 (normalize_gm)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs, normalize_gm

backend = EagerAndRecordGraphs()


@torch.compile(backend=backend)
def f(x):
    return torch.sin(x - 1)


out = f(torch.ones(2, 3))
print(backend.graphs[0].code.strip())
print(normalize_gm(backend.graphs[0].print_readable(print_output=False)))
print(out)
