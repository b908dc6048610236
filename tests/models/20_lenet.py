# Model zoo: LeNet-5 as the textbook draws it: Conv2d(1, 6, 5, padding=2), Tanh, AvgPool2d(2),
# Conv2d(6, 16, 5), Tanh, AvgPool2d(2, stride=2), flatten, three Linear layers. PyTorch 2.9: one
# graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class LeNet5(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 6, kernel_size=5, padding=2),
            nn.Tanh(),
            nn.AvgPool2d(kernel_size=2),
            nn.Conv2d(6, 16, kernel_size=5),
            nn.Tanh(),
            nn.AvgPool2d(kernel_size=2, stride=2),
        )
        self.classifier = nn.Sequential(
            nn.Linear(16 * 5 * 5, 120),
            nn.Tanh(),
            nn.Linear(120, 84),
            nn.Tanh(),
            nn.Linear(84, classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


torch.manual_seed(0)
model = LeNet5()
print(model)
x = torch.randn(2, 1, 28, 28)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
print(actual.shape)
