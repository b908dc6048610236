# Spec: docs/models.md; nanoGPT's `pos = torch.arange(0, t, dtype=torch.long, device=idx.device)`: Tensor.device
# is the constant torch.device('cpu') while tracing and prints as device(type='cpu') in the graph code
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def add_positions(idx):
    device = idx.device
    b, t = idx.size()
    pos = torch.arange(0, t, dtype=torch.long, device=device)
    return idx + pos


idx = torch.tensor([[5, 6, 7], [8, 9, 10]])
print(idx.device, repr(idx.device))
print(torch.compile(add_positions, backend=backend)(idx))
print(backend.graphs[0].code.strip())
