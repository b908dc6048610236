# Expected output derived from: PyTorch broadcasting semantics (docs: Broadcasting semantics).
import torch
a = torch.tensor([[1], [2]])
b = torch.tensor([10, 20, 30])
print(a + b)
print((a + b).shape)
print(torch.ones(2, 3) * torch.tensor([1.0, 2.0, 3.0]))
print(torch.tensor([1.0, 2.0]) - 0.5)
