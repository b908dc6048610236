# Expected output derived from: PyTorch docs: torch.sum / torch.mean / torch.prod / torch.max (full reductions give 0-d tensors).
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(x.sum(), x.mean(), x.prod(), x.max(), x.min())
print(x.sum(0), x.sum(dim=1), x.mean(1))
print(x.sum(1, keepdim=True))
print(torch.tensor([1, 2, 3]).sum())
