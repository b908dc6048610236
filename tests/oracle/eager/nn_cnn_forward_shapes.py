# A small CNN's forward: Conv2d/ReLU/MaxPool2d/Flatten/Linear shapes and values.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(
    nn.Conv2d(1, 3, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(3, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 2 * 2, 2))
x = torch.randn(2, 1, 8, 8)
h = x
for layer in net:
    h = layer(h)
    print(type(layer).__name__, tuple(h.shape))
print(h)
print(net(x).detach().sum())
print(net)
