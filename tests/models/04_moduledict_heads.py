# Model zoo: a shared trunk with task heads in an nn.ModuleDict (.items(), .keys(), .values(), `in`,
# len, indexing by key) returning a dict of outputs. PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class MultiTask(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(6, 12), nn.Tanh())
        self.heads = nn.ModuleDict({"cls": nn.Linear(12, 3), "reg": nn.Linear(12, 1), "aux": nn.Linear(12, 2)})

    def forward(self, x):
        h = self.trunk(x)
        out = {}
        for name, head in self.heads.items():
            out[name] = head(h)
        if "aux" in self.heads:
            out["aux"] = out["aux"] * 0.5
        total = sum(v.sum() for v in [out[k] for k in self.heads.keys()])
        scale = len(self.heads)
        for head in self.heads.values():
            total = total + head.bias.sum()
        out["total"] = total / scale + self.heads["reg"](h).mean()
        return out


torch.manual_seed(0)
model = MultiTask()
x = torch.randn(5, 6)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("keys:", list(actual.keys()))
print("same as eager:", all(torch.equal(actual[k], expected[k]) for k in expected))
