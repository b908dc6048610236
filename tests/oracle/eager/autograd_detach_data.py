# detach(), .data, requires_grad_ and leaves.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
d = y.detach()
print(d, d.requires_grad, d.is_leaf, d.grad_fn)
d[0] = 10.0
print(y)
print(x.data, x.data.requires_grad)
x.data.mul_(2)
print(x)
a = torch.zeros(2)
print(a.is_leaf, a.requires_grad)
a.requires_grad_()
print(a.requires_grad, a.is_leaf)
(a * x).sum().backward()
print(a.grad, x.grad)
