# max_pool2d with return_indices: nn.MaxPool2d(return_indices=True), F.max_pool2d_with_indices,
# padding/dilation/ceil_mode indices, 3-dim input, NaN and ties, and the gradient through the values.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
x = torch.randn(2, 1, 5, 5, requires_grad=True)
pool = nn.MaxPool2d(2, return_indices=True)
print(pool)
out, idx = pool(x)
print(out)
print(idx, idx.dtype, idx.requires_grad)
(out * torch.arange(8.0).reshape(2, 1, 2, 2)).sum().backward()
print(x.grad[1, 0])
o2, i2 = F.max_pool2d_with_indices(x, 3, stride=2, padding=1, ceil_mode=True)
print(o2.shape, i2)
o3, i3 = F.max_pool2d(x, 2, stride=1, dilation=2, return_indices=True)
print(i3[0, 0])
t = torch.tensor([[[1.0, float("nan"), 3.0], [3.0, 2.0, 3.0], [0.0, 3.0, 1.0]]])
v, i = F.max_pool2d(t, 2, stride=1, return_indices=True)
print(v, i)
print(type(F.max_pool2d(x, 2, return_indices=True)).__name__)
