# Expected output derived from: PyTorch printing of empty tensors: `size=` unless the shape is (0,), `dtype=` unless float32.
import torch
print(torch.tensor([]))
print(torch.zeros(0, 3))
print(torch.tensor([], dtype=torch.int64))
print(torch.ones(2, 0, dtype=torch.int32))
print(torch.tensor([]).shape, torch.zeros(0, 3).numel())
