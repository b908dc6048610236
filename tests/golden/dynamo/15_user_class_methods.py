# Spec: docs/dynamo-formats.md §1.9; methods of user-defined objects are inlined, attributes read as constants
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, t):
        return t * self.factor

    def twice(self, t):
        return self.apply(self.apply(t))


s = Scaler(3)


def f(x):
    return s.twice(x) + 1


out = torch.compile(f, backend=backend)(torch.ones(2))
print(backend.graphs[0].code.strip())
print(out)
