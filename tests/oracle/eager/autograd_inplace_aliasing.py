# In-place ops whose other argument is `self` or another view of the same base: the saved input
# was overwritten, so backward fails with PyTorch's version-counter error (and accumulates
# nothing); the graph of such an op is freed with the program (no reference cycle).
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 1
b.mul_(b)
try:
    b.sum().backward()
except RuntimeError as e:
    print(e)
c = a * 1
c[0:1].mul_(c[1:2])
try:
    c.sum().backward()
except RuntimeError as e:
    print(e)
print(a.grad)
d = a * 3
d.mul_(2)
d[1:].mul_(5)
d.sum().backward()
print(a.grad)
e = a * 1
e.add_(e)
e.sum().backward()
print(a.grad)
w = torch.ones(4, requires_grad=True)
x = w * 2
x[:2].copy_(x[2:] * 3)
x.sum().backward()
print(w.grad)
p = torch.ones(3, requires_grad=True)
q = p * 1
h = q * 0.5
q.add_(1)
h.sum().backward()
print(p.grad)
m1 = torch.ones(2, 2, requires_grad=True)
m2 = m1 * 1
k = torch.mm(m2, torch.eye(2))
m2.mul_(3)
k.sum().backward()
print(m1.grad)
r = m1 * 1
s = torch.mm(r, m1)
r.mul_(2)
try:
    s.sum().backward()
except RuntimeError as e:
    print(e)
