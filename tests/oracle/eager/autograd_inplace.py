# In-place ops on non-leaf tensors record their gradients.
import torch

x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
h = x * 2
h.mul_(x)
h.add_(1)
h.relu_()
print(h.grad_fn.name())
h.sum().backward()
print(x.grad)
y = torch.zeros(3)
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y.add_(w * w)
print(y.requires_grad, y.is_leaf)
y.sum().backward()
print(w.grad)
a = torch.tensor([0.5, 1.5], requires_grad=True)
b = a.exp()
b.exp_()
try:
    b.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
c = a * 2
d = c.sin()
c.add_(1)
try:
    d.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
e = a * 3
f = e.exp()
e.add_(1)
f.sum().backward()
print(a.grad)
