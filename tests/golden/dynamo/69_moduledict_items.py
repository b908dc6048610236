# Spec: docs/models.md; an nn.ModuleDict in forward: .items() / `in` / len / indexing by key (its methods are
# inlined; the submodules' parameters are graph inputs named from L['self']._modules['heads']._modules['a'])
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


class Heads(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = torch.nn.ModuleDict({"a": torch.nn.Linear(2, 1, bias=False), "b": torch.nn.Linear(2, 1, bias=False)})

    def forward(self, x):
        out = {}
        for name, head in self.heads.items():
            out[name] = head(x)
        if "b" in self.heads:
            out["b"] = out["b"] * len(self.heads)
        out["sum"] = self.heads["a"](x) + out["b"]
        return out


m = Heads()
with torch.no_grad():
    m.heads["a"].weight.copy_(torch.tensor([[1.0, 0.0]]))
    m.heads["b"].weight.copy_(torch.tensor([[0.0, 1.0]]))
out = torch.compile(m, backend=backend)(torch.tensor([[3.0, 4.0]]))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(out)
