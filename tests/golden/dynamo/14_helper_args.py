# Spec: docs/dynamo-formats.md §1.6; argument binding of inlined functions (defaults, keywords, *args, **kwargs)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def combine(*tensors, weight=1.0, **options):
    total = tensors[0]
    for t in tensors[1:]:
        total = total + t
    if options.get("square", False):
        total = total * total
    return total * weight


def f(a, b, c):
    return combine(a, b, c, weight=0.5, square=True), combine(a, weight=3)


out = torch.compile(f, backend=backend)(torch.ones(2), torch.ones(2), torch.ones(2))
print(backend.graphs[0].code.strip())
print(out[0])
print(out[1])
