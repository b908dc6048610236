# Model zoo: a subclass whose forward calls super().forward(x) (a Linear with a scaled output and a
# residual block extending a base block). PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class ScaledLinear(nn.Linear):
    def __init__(self, n, scale):
        super().__init__(n, n)
        self.scale = scale

    def forward(self, x):
        return super().forward(x) * self.scale


class BaseBlock(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.fc = ScaledLinear(n, 0.5)

    def forward(self, x):
        return torch.relu(self.fc(x))


class ResidualBlock(BaseBlock):
    def forward(self, x):
        return x + super().forward(x)


torch.manual_seed(0)
model = ResidualBlock(6)
x = torch.randn(2, 6)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
