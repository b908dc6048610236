# copy.deepcopy / copy.copy of modules and tensors as PyTorch defines them: a deep copy of a module
# has its own parameters (tied weights stay tied within the copy), a leaf tensor's deep copy clones
# the data and keeps requires_grad and .grad, a non-leaf is refused, a Parameter's deep copy is a
# Parameter; a shallow copy of a tensor shares its data.
import copy

import torch

torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(3, 3), torch.nn.ReLU(), torch.nn.Linear(3, 3))
net[2].weight = net[0].weight  # tied
target = copy.deepcopy(net)
print(target)
print(target[0].weight is net[0].weight, target[2].weight is target[0].weight, torch.equal(target[0].weight, net[0].weight))
with torch.no_grad():
    target[0].weight.add_(1.0)
print(torch.equal(target[0].weight, net[0].weight), type(target[0].weight).__name__, target[0].weight.requires_grad)
x = torch.ones(2, requires_grad=True)
(x * 3).sum().backward()
y = copy.deepcopy(x)
print(y, y.grad, y.is_leaf, y is x)
z = copy.copy(x)
with torch.no_grad():
    z[0] = 7.0
print(x, z.requires_grad)
try:
    copy.deepcopy(x * 2)
except RuntimeError as e:
    print("RuntimeError:", e)
sd = copy.deepcopy(net.state_dict())
print(list(sd.keys()), sd["0.weight"] is sd["2.weight"])
opt = torch.optim.SGD(net.parameters(), lr=0.1)
ema = copy.deepcopy(net)
for p in ema.parameters():
    p.requires_grad_(False)
out = net(torch.ones(1, 3)).sum()
out.backward()
opt.step()
print(torch.equal(ema[0].weight, net[0].weight), ema[0].weight.grad)
