# nn.Dropout with a seed: training mask and scaling, eval identity, p=0/p=1, inplace, gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
d = nn.Dropout(0.4)
print(d)
x = torch.ones(3, 6, requires_grad=True)
y = d(x)
print(y)
y.sum().backward()
print(x.grad)
d.eval()
print(d(torch.arange(4.0)))
print(nn.Dropout(0.0)(torch.arange(4.0)))
print(nn.Dropout(1.0)(torch.arange(4.0)))
torch.manual_seed(3)
a = F.dropout(torch.ones(8), 0.5)
torch.manual_seed(3)
b = F.dropout(torch.ones(8), 0.5)
print(a, torch.equal(a, b))
print(F.dropout(torch.ones(4), 0.5, training=False))
t = torch.ones(5)
F.dropout(t, 0.2, inplace=True)
print(t)
print(nn.Dropout(0.3, inplace=True))
try:
    nn.Dropout(1.5)
except Exception as e:
    print(type(e).__name__, e)
