# Model zoo: layers registered as self.layer0, self.layer1, ... and reached through
# getattr(self, f"layer{i}"), a @property computing a constant from attributes, hasattr and
# isinstance checks on submodules. PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class Net(nn.Module):
    def __init__(self, n_layers, width):
        super().__init__()
        self.n_layers = n_layers
        self.width = width
        for i in range(n_layers):
            setattr(self, f"layer{i}", nn.Linear(width, width))
        self.act = nn.SiLU()

    @property
    def residual_scale(self):
        return 1.0 / self.n_layers

    @property
    def last(self):
        return getattr(self, f"layer{self.n_layers - 1}")

    def forward(self, x):
        for i in range(self.n_layers):
            layer = getattr(self, f"layer{i}")
            if isinstance(layer, nn.Linear) and hasattr(self, "act"):
                x = x + self.act(layer(x)) * self.residual_scale
        return self.last(x)


torch.manual_seed(0)
model = Net(3, 5)
x = torch.randn(2, 5)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
