# Expected output derived from: PyTorch printing: bool elements are right-aligned like any other (`tensor([ True, False])`).
import torch
print(torch.tensor([True, False, True]))
x = torch.tensor([1, 5, 3])
print(x > 2)
print(x == 5, (x > 2).dtype)
