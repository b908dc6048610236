# nn.Softmax / nn.LogSoftmax over different dims, their gradients, and F.softmax with dtype.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 4, requires_grad=True)
for dim in (0, 1, -1):
    s = nn.Softmax(dim=dim)
    y = s(x)
    print(s, y.grad_fn.name())
    print(y[0])
    (y * torch.arange(4.0)).sum().backward()
    print(x.grad[1])
    x.grad = None
ls = nn.LogSoftmax(dim=1)
print(ls)
z = ls(x)
print(z[1])
z[:, 0].sum().backward()
print(x.grad[0])
print(F.softmax(torch.tensor([1.0, 2.0, 3.0]), dim=0, dtype=torch.float64))
print(F.log_softmax(torch.tensor([[1, 2], [3, 5]]).float(), 1))
print(torch.softmax(torch.tensor([1000.0, 1000.0]), 0))
