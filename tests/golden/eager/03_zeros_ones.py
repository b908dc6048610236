# Expected output derived from: PyTorch docs, torch.zeros / torch.ones examples (current printing: `0.` / `1.`).
import torch
print(torch.zeros(2, 3))
print(torch.ones(2, 3))
print(torch.zeros(5))
print(torch.ones(2, 2, dtype=torch.int32))
