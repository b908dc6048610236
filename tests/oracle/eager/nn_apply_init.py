# Module.apply with custom initialisation, children order, and nn.init on parameters in place.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 3), nn.Tanh(), nn.Sequential(nn.Linear(3, 2), nn.Linear(2, 1)))
order = []


def init(m):
    order.append(type(m).__name__)
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.5)
        nn.init.zeros_(m.bias)


r = net.apply(init)
print(r is net, order)
print(net(torch.ones(1, 3)))
torch.manual_seed(1)
net.apply(lambda m: nn.init.xavier_uniform_(m.weight) if isinstance(m, nn.Linear) else None)
print(net[0].weight)
print(net[2][1].weight, net[2][1].bias)
