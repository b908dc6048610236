# Spec: docs/dynamo-formats.md §1.9 (c) nested module sources, placeholder order = first use
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class Block(torch.nn.Module):
    def __init__(self, n):
        super().__init__()
        self.proj = torch.nn.Linear(n, n, bias=False)
        self.scale = 2.0

    def forward(self, x):
        return self.proj(x) * self.scale


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.first = Block(2)
        self.second = Block(2)

    def forward(self, x):
        return self.second(self.first(x)) + x


net = Net()
with torch.no_grad():
    net.first.proj.weight.copy_(torch.eye(2))
    net.second.proj.weight.copy_(torch.ones(2, 2))
out = torch.compile(net, backend=backend)(torch.tensor([1.0, 2.0]))
print(backend.graphs[0].code.strip())
print(out)
