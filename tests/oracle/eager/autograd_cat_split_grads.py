# Gradients through cat, stack, split, chunk, unbind, narrow, repeat and expand.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0, 5.0], requires_grad=True)
c = torch.cat([a, b])
(c * torch.arange(5.0)).sum().backward()
print(a.grad, b.grad, c.grad_fn.name())
m = torch.arange(6.0).reshape(2, 3).requires_grad_()
s = torch.stack([m, m * 2], dim=1)
print(s.shape, s.grad_fn.name())
s.sum().backward()
print(m.grad)
m.grad = None
p, q = m.split([1, 2], dim=1)
(p * 10 + q.sum(1, keepdim=True)).sum().backward()
print(m.grad)
m.grad = None
r0, r1 = m.chunk(2)
(r0 * r1).sum().backward()
print(m.grad)
m.grad = None
u = m.unbind(1)
(u[0] - u[2]).sum().backward()
print(m.grad)
m.grad = None
m.narrow(1, 1, 2).repeat(2, 1).sum().backward()
print(m.grad)
v = torch.tensor([[1.0], [2.0]], requires_grad=True)
v.expand(2, 3).sum().backward()
print(v.grad)
