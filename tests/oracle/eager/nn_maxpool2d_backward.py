# nn.MaxPool2d forward and backward: kernel/stride/padding, return_indices, ties, and AdaptiveAvgPool2d.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 4, 4, requires_grad=True)
pool = nn.MaxPool2d(2)
print(pool)
y = pool(x)
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)
x.grad = None
p2 = nn.MaxPool2d(3, stride=2, padding=1)
print(p2)
y2 = p2(x)
print(y2.shape)
(y2 * torch.arange(8.0).reshape(1, 2, 2, 2)).sum().backward()
print(x.grad)
out, idx = F.max_pool2d(x, 2, return_indices=True)
print(idx)
t = torch.ones(1, 1, 2, 2, requires_grad=True)
F.max_pool2d(t, 2).backward()
print(t.grad)
a = torch.arange(16.0).reshape(1, 1, 4, 4).requires_grad_()
ap = nn.AdaptiveAvgPool2d((2, 2))(a)
print(ap, ap.grad_fn.name())
ap.sum().backward()
print(a.grad)
