# Expected output derived from: PyTorch printing: the dtype suffix appears unless the dtype is the default float, int64 or bool.
import torch
print(torch.tensor([1.5, 2.0], dtype=torch.float64))
print(torch.tensor([1, 2], dtype=torch.int32))
print(torch.tensor([1, 2], dtype=torch.float32))
print(torch.ones(2, dtype=torch.int64))
print(torch.tensor([3, 4]).to(torch.float64))
print(torch.tensor([2.7, -1.2]).int())
print(torch.tensor([1, 0]).bool())
