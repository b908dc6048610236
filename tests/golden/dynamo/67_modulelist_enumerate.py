# Spec: docs/models.md; iterating an nn.ModuleList with enumerate (ModuleList.__iter__ is inlined, so each
# layer's parameters are graph inputs named from L['self']._modules['layers']._modules['0']._parameters)
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class Stack(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = torch.nn.ModuleList([torch.nn.Linear(2, 2, bias=False) for _ in range(2)])

    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x) * (i + 1)
        return x


m = Stack()
with torch.no_grad():
    m.layers[0].weight.copy_(torch.eye(2))
    m.layers[1].weight.copy_(torch.ones(2, 2))
out = torch.compile(m, backend=backend)(torch.tensor([1.0, 2.0]))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(out)
