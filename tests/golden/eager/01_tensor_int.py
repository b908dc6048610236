# Expected output derived from: PyTorch docs, torch.tensor: integer data infers torch.int64, which is not printed.
import torch
print(torch.tensor([1, 2, 3]))
print(torch.tensor([[1, -2], [30, 4]]))
print(torch.tensor([0, 100]).dtype)
