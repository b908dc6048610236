# Spec: docs/dynamo-formats.md §1.9 (names are unique across inlined frames), §1.10 (one blank line per source-line change)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs, normalize_gm

backend = EagerAndRecordGraphs()


def inner(t, scale=2.0):
    return t.cos() * scale


def middle(t):
    u = inner(t)
    v = inner(u, scale=0.5)
    return u + v


def f(x):
    return middle(x).sum()


out = torch.compile(f, backend=backend)(torch.zeros(4))
print(normalize_gm(backend.graphs[0].print_readable(print_output=False)))
print(out)
