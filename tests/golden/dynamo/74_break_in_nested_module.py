# Spec: docs/models.md; a graph break inside a function inlined two module calls deep: the outer frame's
# graph keeps what ran before the call (the LayerNorm), the inner module's frame and the resume
# functions get graphs of their own; parameters first used inside the failed call are not inputs
import math

import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


def scale_of(n):
    torch._dynamo.graph_break()
    return math.sqrt(n)


class Attention(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = torch.nn.Linear(2, 2, bias=False)

    def forward(self, x):
        q = self.proj(x)
        return (q @ q.transpose(-2, -1)) / scale_of(q.size(-1))


class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.ln = torch.nn.LayerNorm(2)
        self.attn = Attention()

    def forward(self, x):
        return x.sum() + self.attn(self.ln(x))


block = Block()
with torch.no_grad():
    block.attn.proj.weight.copy_(torch.tensor([[1.0, 0.0], [1.0, 1.0]]))
x = torch.tensor([[1.0, 3.0], [2.0, 0.0]])
out = torch.compile(block, backend=backend)(x)
print(len(backend.graphs))
for gm in backend.graphs:
    print(gm.code.strip())
print(torch.equal(out, block(x)))
