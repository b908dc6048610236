# nn.MaxUnpool2d / F.max_unpool2d after MaxPool2d(return_indices=True): values, output_size, the
# gradient (MaxUnpool2DBackward0), repr and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(1, 2, 4, 4, requires_grad=True)
pool = nn.MaxPool2d(2, return_indices=True)
unpool = nn.MaxUnpool2d(2)
print(unpool)
out, idx = pool(x)
u = unpool(out, idx)
print(u, u.grad_fn.name())
(u * torch.arange(32.0).reshape(1, 2, 4, 4)).sum().backward()
print(x.grad)
print(F.max_unpool2d(out, idx, 2, output_size=(5, 5)).shape)
print(F.max_unpool2d(out[0], idx[0], (2, 2), stride=2).shape)
print(nn.MaxUnpool2d(3, stride=2, padding=1))
try:
    F.max_unpool2d(out, idx, 2, output_size=(7, 7))
except Exception as e:
    print(type(e).__name__, e)
try:
    F.max_unpool2d(out, idx.float(), 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    F.max_unpool2d(out, idx, 2, output_size=(1, 2, 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    F.max_unpool2d(out, idx + 20, 2)
except Exception as e:
    print(type(e).__name__, e)
