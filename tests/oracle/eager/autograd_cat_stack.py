# Gradients of cat, stack, split, chunk, unbind.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0, 5.0], requires_grad=True)
(torch.cat([a, b]) * torch.arange(5.0)).sum().backward()
print(a.grad, b.grad)
c = torch.tensor([[1.0, 2.0]], requires_grad=True)
d = torch.tensor([[3.0, 4.0]], requires_grad=True)
(torch.stack([c, d], dim=2) ** 2).sum().backward()
print(c.grad, d.grad)
x = torch.arange(6.0, requires_grad=True)
p, q, r = x.split(2)
(p * 1 + q * 2).sum().backward()
print(x.grad)
x.grad = None
u = x.view(2, 3).unbind(1)
(u[0] * u[2]).sum().backward()
print(x.grad)
x.grad = None
c1, c2 = x.chunk(2)
(c2 ** 2).sum().backward()
print(x.grad)
