# Spec: docs/models.md; submodules reached through getattr(self, f"layer{i}") (the f-string is a constant
# while tracing), a @property of the module (its getter is inlined), hasattr and isinstance on submodules
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.n = 2
        self.layer0 = torch.nn.Linear(2, 2, bias=False)
        self.layer1 = torch.nn.Linear(2, 2, bias=False)

    @property
    def scale(self):
        return 1.0 / self.n

    def forward(self, x):
        for i in range(self.n):
            layer = getattr(self, f"layer{i}")
            if isinstance(layer, torch.nn.Linear) and not hasattr(self, "skip"):
                x = layer(x) * self.scale
        return x


m = Net()
with torch.no_grad():
    m.layer0.weight.copy_(torch.eye(2) * 2)
    m.layer1.weight.copy_(torch.ones(2, 2))
out = torch.compile(m, backend=backend)(torch.tensor([1.0, 3.0]))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(out)
