# Model zoo: a small CNN classifier (Conv2d / ReLU / MaxPool2d twice, AdaptiveAvgPool2d, flatten,
# Linear) in eval and in train mode. PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class SmallCNN(nn.Module):
    def __init__(self, num_classes=5):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 16, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),
        )
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.classifier = nn.Linear(16, num_classes)

    def forward(self, x):
        x = self.features(x)
        x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


torch.manual_seed(0)
model = SmallCNN()
print(model)
x = torch.randn(2, 3, 8, 8)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
print(actual.shape)
