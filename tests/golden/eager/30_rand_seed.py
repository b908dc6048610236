# Expected output derived from: torch.manual_seed(0); torch.rand: mt19937 outputs with 24-bit mantissas (the well-known 0.4963, 0.7682, 0.0885, ...).
import torch
torch.manual_seed(0)
print(torch.rand(2, 3))
torch.manual_seed(0)
print(torch.rand(1))
