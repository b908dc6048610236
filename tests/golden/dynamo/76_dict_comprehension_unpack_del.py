# Spec: docs/models.md; a dict comprehension (MAP_ADD), starred unpacking `a, *rest = ...` (UNPACK_EX) and
# `del d[key]` (DELETE_SUBSCR) inside the compiled frame: traced, no graph break
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    parts = {name: x * (i + 1) for i, name in enumerate(["a", "b", "c"])}
    del parts["b"]
    first, *rest = x.unbind(0)
    return parts["c"] - parts["a"] + first * len(rest)


x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(torch.compile(f, backend=backend)(x))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
