# Leaf and non-leaf rules: is_leaf, requires_grad propagation, detach, requires_grad_ on a
# non-leaf, integer tensors, torch.tensor(requires_grad=True).
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0])
c = a + b
print(a.is_leaf, b.is_leaf, c.is_leaf, c.requires_grad, b.requires_grad)
d = c.detach()
print(d.is_leaf, d.requires_grad, d.grad_fn)
e = b * 2
e.requires_grad_()
print(e.is_leaf, e.requires_grad)
try:
    c.requires_grad_(False)
except Exception as err:
    print(type(err).__name__, err)
f = torch.zeros(2, requires_grad=True)
g = f.sum() * 0
g.backward()
print(f.grad)
h = torch.randn(2).requires_grad_()
print(h.requires_grad, h.is_leaf)
print((a > 1).requires_grad, a.argmax().requires_grad, a.long().requires_grad)
