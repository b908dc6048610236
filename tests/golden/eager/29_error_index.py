# Expected output derived from: PyTorch's error text for an out-of-range index.
import torch
x = torch.zeros(3, 2)
try:
    x[5]
except IndexError as e:
    print("IndexError:", e)
