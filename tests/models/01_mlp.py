# Model zoo: a plain MLP (nn.Sequential of Linear/ReLU). PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class MLP(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(d_in, d_hidden),
            nn.ReLU(),
            nn.Linear(d_hidden, d_hidden),
            nn.ReLU(),
            nn.Linear(d_hidden, d_out),
        )

    def forward(self, x):
        return self.net(x)


torch.manual_seed(0)
model = MLP(8, 16, 4)
x = torch.randn(5, 8)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
print(actual.shape)
