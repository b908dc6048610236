# Gradients of prod (with and without zeros, dim), norm (p=2, p=1, inf, dim) and dist.
import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, -5.0, 0.5]], requires_grad=True)
p = x.prod()
p.backward()
print(p, p.grad_fn.name(), x.grad)
x.grad = None
x.prod(dim=1).sum().backward()
print(x.grad)
z = torch.tensor([2.0, 0.0, 3.0], requires_grad=True)
z.prod().backward()
print(z.grad)
z2 = torch.tensor([0.0, 0.0, 3.0], requires_grad=True)
z2.prod().backward()
print(z2.grad)
for kw in ({}, {"p": 1}, {"p": float("inf")}, {"p": 3}):
    v = torch.tensor([3.0, -4.0, 1.0], requires_grad=True)
    n = torch.norm(v, **kw)
    n.backward()
    print(sorted(kw), n.detach(), v.grad)  # grad_fn: NormBackward1 in 1.13, LinalgVectorNormBackward0 in 2.x
x.grad = None
x.norm(dim=1).sum().backward()
print(x.grad)
u = torch.zeros(3, requires_grad=True)
u.norm().backward()
print(u.grad)
