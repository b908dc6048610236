# Expected output derived from: PyTorch docs, torch.arange examples.
import torch
print(torch.arange(5))
print(torch.arange(1, 4))
print(torch.arange(1, 2.5, 0.5))
print(torch.arange(0, 10, 3))
