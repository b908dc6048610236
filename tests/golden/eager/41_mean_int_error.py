# Expected output derived from: PyTorch's error text for mean() of an integer tensor.
import torch
try:
    torch.tensor([1, 2, 3]).mean()
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1, 2, 3]).float().mean())
