# Spec: docs/dynamo-formats.md §1.9 (c); module buffers are graph inputs (_buffers), Python attributes are constants
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class Norm(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.tensor([1.0, 2.0]))
        self.eps = 0.5

    def forward(self, x):
        return (x - self.mean) / (1 + self.eps)


out = torch.compile(Norm(), backend=backend)(torch.tensor([4.0, 5.0]))
print(backend.graphs[0].code.strip())
print(out)
