# train()/eval() recursion and the behaviour of Dropout and BatchNorm in each mode.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5), nn.BatchNorm1d(4))
print([m.training for m in net.modules()])
x = torch.randn(3, 4)
torch.manual_seed(5)
a = net(x)
print(a)
net.eval()
print([m.training for m in net.modules()])
b1 = net(x)
b2 = net(x)
print(torch.equal(b1, b2))
print(b1)
r = net.train(False)
print(r is net, net.training)
net.train()
print(net[1].training, net[2].training)
net[2].eval()
print([m.training for m in net.modules()])
print(net[2].running_mean)
