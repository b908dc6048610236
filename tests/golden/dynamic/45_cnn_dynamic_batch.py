# logs: recompiles
# eager-equal
# Spec: docs/dynamic-shapes.md §Shapes of op results — a small CNN trained with a batch size that
# changes: conv2d, max_pool2d, adaptive_avg_pool2d and cross_entropy have shape rules, so after
# the first recompile the batch dim is dynamic and later batch sizes reuse the graph.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3, padding=1)
        self.conv2 = nn.Conv2d(4, 8, 3, stride=2)
        self.pool = nn.MaxPool2d(2)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = F.relu(self.conv2(x))
        return self.fc(torch.flatten(self.gap(x), 1))


torch.manual_seed(0)
model = Net()
opt = torch.optim.SGD(model.parameters(), lr=0.1)


@torch.compile(backend="eager")
def loss_fn(x, y):
    return F.cross_entropy(model(x), y)


for bs in [4, 6, 3, 8, 6]:
    x = torch.randn(bs, 1, 10, 10)
    y = torch.randint(0, 3, (bs,))
    loss = loss_fn(x, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(bs, f"{loss.item():.4f}")
