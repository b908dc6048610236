# Spec: docs/dynamo-formats.md §1.9 (c) parameter placeholders L['self']._modules['lin']._parameters['weight'], §1.5 torch._C._nn.linear
import torch
from torch._dynamo.testing import EagerAndRecordGraphs, normalize_gm

torch.manual_seed(0)
backend = EagerAndRecordGraphs()


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(4, 3)

    def forward(self, x):
        return torch.relu(self.lin(x))


m = M()
with torch.no_grad():
    m.lin.weight.fill_(0.5)
    m.lin.bias.fill_(-1.0)
out = torch.compile(m, backend=backend)(torch.ones(2, 4))
print(normalize_gm(backend.graphs[0].print_readable(print_output=False)))
print(out)
