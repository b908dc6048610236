# Spec: docs/models.md; super().forward(x) in a subclass's forward: zero-argument super() reads the __class__
# cell and self, and the parent's forward is inlined into the same graph
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class Base(torch.nn.Module):
    def forward(self, x):
        return x.relu() + 1


class Child(Base):
    def forward(self, x):
        return super().forward(x) * 2


class ScaledLinear(torch.nn.Linear):
    def forward(self, x):
        return super().forward(x) / 4


out = torch.compile(Child(), backend=backend)(torch.tensor([-1.0, 2.0]))
print(backend.graphs[0].code.strip())
print(out)
lin = ScaledLinear(2, 1, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[2.0, 2.0]]))
out = torch.compile(lin, backend=backend)(torch.tensor([1.0, 3.0]))
print(len(backend.graphs))
print(backend.graphs[1].code.strip())
print(out)
