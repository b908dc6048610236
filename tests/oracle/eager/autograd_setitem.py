# Writing into a tensor with x[i] = v records the gradient of both sides.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
out = torch.zeros(2, 3)
out[0, 1:] = w * 3
out[1] = 5.0
print(out.requires_grad)
(out * torch.arange(6.0).view(2, 3)).sum().backward()
print(w.grad)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 1
y[1] = 0.0
(y * y).sum().backward()
print(x.grad)
