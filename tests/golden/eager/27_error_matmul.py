# Expected output derived from: PyTorch's error text for mm with incompatible shapes.
import torch
try:
    torch.ones(2, 3) @ torch.ones(2, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
