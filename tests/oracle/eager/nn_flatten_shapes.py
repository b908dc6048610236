# nn.Flatten / nn.Unflatten / Tensor.flatten: start_dim, end_dim, gradients through them.
import torch
import torch.nn as nn

x = torch.arange(24.0).reshape(2, 3, 4).requires_grad_()
f = nn.Flatten()
print(f)
y = f(x)
print(y.shape, y.requires_grad)
print(nn.Flatten(0, 1)(x).shape)
print(nn.Flatten(start_dim=0)(x).shape)
print(nn.Flatten(-2, -1)(x).shape)
(y * y).sum().backward()
print(x.grad[1])
print(torch.flatten(torch.tensor(3.0)).shape)
print(x.flatten(1, 2).is_contiguous())
try:
    nn.Flatten(2, 1)(x)
except Exception as e:
    print(type(e).__name__, e)
u = nn.Unflatten(1, (2, 6))
print(u)
print(u(y).shape)
