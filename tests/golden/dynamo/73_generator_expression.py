# Spec: docs/models.md; generator expressions consumed inside the compiled frame (sum(...), all(...),
# tuple(...)) are inlined lazily, each item traced when the consumer asks for it (no graph break)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def total(xs):
    assert all(x.dim() == 1 for x in xs)
    sizes = tuple(x.size(0) for x in xs)
    return sum(x.sum() for x in xs) / sizes[0]


xs = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
print(torch.compile(total, backend=backend)(xs))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
