# A 20-step training loop of a small CNN (Conv2d, BatchNorm2d, MaxPool2d, Linear) with Adam,
# eager and compiled.
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(4 * 3 * 3, 3)

    def forward(self, x):
        x = self.pool(torch.relu(self.bn(self.conv(x))))
        return self.fc(x.flatten(1))


torch.manual_seed(2)
x = torch.randn(8, 1, 6, 6)
y = torch.randint(0, 3, (8,))
for compiled in (False, True):
    torch.manual_seed(0)
    model = Net()
    run = torch.compile(model) if compiled else model
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    losses = []
    for step in range(20):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(run(x), y)
        loss.backward()
        opt.step()
        losses.append("%.4f" % loss.item())
    print("compiled" if compiled else "eager", " ".join(losses))
    model.eval()
    with torch.no_grad():
        print(run(x).argmax(1))
