# Expected output derived from: PyTorch indexing semantics (basic, boolean mask and integer-list indexing).
import torch
x = torch.arange(12).reshape(3, 4)
print(x[1])
print(x[:, 1])
print(x[0, 1:])
print(x[-1, -1])
print(x[x > 8])
print(x[[0, 2]])
print(x[1:, ::2])
