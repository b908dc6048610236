# Expected output derived from: PyTorch indexing assignment semantics.
import torch
x = torch.zeros(2, 3)
x[0] = 1
x[1, 2] = 5
x[:, 0] = torch.tensor([7.0, 8.0])
print(x)
y = torch.arange(5)
y[y % 2 == 0] = 0
print(y)
