# Dropout's gradient is its (seeded) mask scaled by 1 / (1 - p); eval mode is the identity.
import torch
import torch.nn as nn

torch.manual_seed(0)
d = nn.Dropout(0.5)
x = torch.ones(8, requires_grad=True)
y = d(x)
y.sum().backward()
print(y)
print(x.grad)
d.eval()
x.grad = None
d(x).sum().backward()
print(x.grad)
