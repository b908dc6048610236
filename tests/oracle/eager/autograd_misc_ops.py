# Gradients of where, clamp, masked_fill, maximum, pow with tensor exponents, div by tensors.
import torch

x = torch.tensor([-1.5, 0.5, 2.0, 3.0], requires_grad=True)
e = torch.tensor([2.0, 0.5, 1.0, 3.0], requires_grad=True)
torch.where(x > 0, x * 2, x.exp()).sum().backward()
print(x.grad)
x.grad = None
x.clamp(-1.0, 2.5).sum().backward()
print(x.grad)
x.grad = None
x.masked_fill(x > 1, 0.0).pow(2).sum().backward()
print(x.grad)
x.grad = None
torch.maximum(x, e).sum().backward()
print(x.grad, e.grad)
p = torch.tensor([1.0, 2.0, 0.5, 4.0], requires_grad=True)
e.grad = None
(p ** e).sum().backward()
print(p.grad, e.grad)
p.grad = None
(2 ** p).sum().backward()
print(p.grad)
p.grad = None
(1 / p + p / e).sum().backward()
print(p.grad)
