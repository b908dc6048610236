# logs: guards,recompiles
# Spec: docs/dynamic-shapes.md §Guards — the depyf toy_function (P3): automatic dynamic makes a
# and b dynamic with separate symbols; a * b unifies them (s97 -> s52).
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def toy_function(a, b):
    x = a / (torch.abs(a) + 1)
    b = b * -1 + b.sum()
    return x * b


target = torch.compile(toy_function, backend=backend)
for _ in range(3):
    target(torch.ones(10), torch.ones(10))
    print(target(torch.ones(8), -torch.ones(8)))
print(len(backend.graphs))
backend.graphs[1].print_readable()
