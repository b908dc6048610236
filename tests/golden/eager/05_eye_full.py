# Expected output derived from: PyTorch docs, torch.eye / torch.full examples.
import torch
print(torch.eye(3))
print(torch.full((2, 3), 3.141592))
print(torch.full((2,), 7))
