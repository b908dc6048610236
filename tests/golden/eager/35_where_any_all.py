# Expected output derived from: PyTorch docs: torch.where / Tensor.any / Tensor.all.
import torch
x = torch.tensor([-1.0, 2.0, -3.0, 4.0])
print(torch.where(x > 0, x, torch.zeros(4)))
print((x > 0).any(), (x > 0).all(), (x > -5).all())
print(torch.where(x > 0, 1.0, -1.0))
