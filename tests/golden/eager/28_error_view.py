# Expected output derived from: PyTorch's error text for view/reshape to an incompatible number of elements.
import torch
try:
    torch.arange(6).view(4)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.arange(6).reshape(4, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
