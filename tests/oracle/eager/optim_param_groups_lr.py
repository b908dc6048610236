# param_groups with different lr / momentum, add_param_group, changing lr by hand, group defaults.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
opt = torch.optim.SGD([{"params": net[0].parameters()}, {"params": net[1].parameters(), "lr": 0.5,
                                                         "momentum": 0.9}], lr=0.1)
print(len(opt.param_groups), [g["lr"] for g in opt.param_groups], [g["momentum"] for g in opt.param_groups])
x = torch.tensor([[1.0, 2.0], [-1.0, 0.5]])
for step in range(3):
    opt.zero_grad(set_to_none=True)
    loss = net(x).pow(2).mean()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 6))
print(net[0].bias.detach(), net[1].bias.detach())
for g in opt.param_groups:
    g["lr"] *= 0.1
print([g["lr"] for g in opt.param_groups])
extra = torch.zeros(2, requires_grad=True)
opt.add_param_group({"params": [extra], "lr": 1.0})
print(len(opt.param_groups), sorted(opt.param_groups[2].keys()) == sorted(opt.param_groups[0].keys()))
extra.sum().backward()
opt.step()
print(extra)
try:
    opt.add_param_group({"params": [extra]})
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([], lr=0.1)
except Exception as e:
    print(type(e).__name__, e)
