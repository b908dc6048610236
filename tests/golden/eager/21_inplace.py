# Expected output derived from: PyTorch docs: in-place ops (trailing underscore) modify and return self.
import torch
x = torch.ones(3)
x.add_(2)
print(x)
x.mul_(torch.tensor([1.0, 2.0, 3.0]))
print(x)
y = x.zero_()
print(x, y is x)
z = torch.tensor([1, 2, 3])
z += 5
print(z)
