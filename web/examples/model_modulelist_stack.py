# Title: Looping over an nn.ModuleList
# Group: Real models
#
# A residual stack of Linear layers kept in an nn.ModuleList and walked with enumerate, zip and an
# index. Dynamo does not treat the loops as loops: it unrolls them while tracing, calling
# ModuleList.__iter__ and __getitem__ the way Python would, so the graph is one straight line of
# linear / relu / layer_norm nodes, one per layer and iteration. The loop index i is a Python
# constant, so `/ (i + 1)` appears in the graph as `/ 1`, `/ 2`, `/ 3`.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class Stack(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(width, width) for _ in range(depth)])
        self.norms = nn.ModuleList([nn.LayerNorm(width) for _ in range(depth)])

    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = x + layer(x).relu() / (i + 1)
        for layer, norm in zip(self.layers, self.norms):
            x = norm(layer(x))
        return self.layers[-1](x)


torch.manual_seed(0)
model = Stack(width=4, depth=3)
x = torch.randn(2, 4)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
out = compiled(x)
print("graphs:", cnt.frame_count, "ops in the graph:", cnt.op_count)
print("same as eager:", torch.equal(out, model(x)))
print(out)
