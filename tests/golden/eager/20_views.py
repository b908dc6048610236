# Expected output derived from: PyTorch docs: Tensor.view shares storage with its base.
import torch
x = torch.arange(6)
v = x.view(2, 3)
v[0, 0] = 100
print(x)
print(v.t())
print(v.t().is_contiguous(), v.is_contiguous())
print(x.view(3, -1).shape, x.reshape(-1, 6).shape)
