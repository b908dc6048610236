# Spec: docs/dynamo-formats.md §1.5 qualified names (torch.nn.functional.relu, torch.nn.functional.softmax)
import torch
import torch.nn.functional as F
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def f(x):
    a = F.relu(x)
    b = F.softmax(a, dim=-1)
    return torch.sigmoid(b) + torch.tanh(x)


out = torch.compile(f, backend=backend)(torch.zeros(2, 2))
print(backend.graphs[0].code.strip())
print(out)
