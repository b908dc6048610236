# Model zoo: a residual stack of nn.Linear in an nn.ModuleList, iterated with enumerate, zip,
# reversed and range(len(...)) inside forward. PyTorch 2.9: one graph.
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
        for layer in reversed(self.layers):
            x = layer(x)
        for i in range(len(self.layers)):
            x = self.layers[i](x) + x
        return self.layers[-1](x)


torch.manual_seed(0)
model = Stack(width=8, depth=3)
x = torch.randn(4, 8)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
print(len(model.layers), actual.shape)
