# Parameter groups with their own options, add_param_group, and the errors of the constructor.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0], requires_grad=True)
c = torch.tensor([0.5], requires_grad=True)
opt = torch.optim.SGD([{"params": [a]}, {"params": b, "lr": 0.01}], lr=0.1, momentum=0.9)
print(len(opt.param_groups), [g["lr"] for g in opt.param_groups], [g["momentum"] for g in opt.param_groups])
opt.add_param_group({"params": [c], "momentum": 0.0})
print([g["lr"] for g in opt.param_groups], [g["momentum"] for g in opt.param_groups])
(a.sum() + b.sum() * 2 + c.sum() * 3).backward()
opt.step()
print(a, b, c)
for bad in ([], [a, a * 2]):
    try:
        torch.optim.SGD(bad, lr=0.1)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    opt.add_param_group({"params": [a]})
except ValueError as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([a], lr=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([a], lr=0.1, nesterov=True)
except ValueError as e:
    print(type(e).__name__, e)
