# CopySlices in more shapes: two in-place ops on one view, a view of a view, a transposed view, a
# base that did not require grad, next_functions, torch.autograd.grad and retain_graph through it.
import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
y = x * 1
r = y[1]
r.mul_(2)
r.add_(x[0])
print(y, r.grad_fn.name())
print([type(f).__name__ if f is not None else None for f, _ in y.grad_fn.next_functions])
y.pow(2).sum().backward()
print(x.grad)

w = torch.tensor([1.0, -1.0], requires_grad=True)
b = torch.zeros(4)
b[1:3].add_(w * 3)
print(b, b.requires_grad, b.is_leaf, type(b.grad_fn).__name__)
(b * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(w.grad)

p = torch.arange(6.0).reshape(2, 3).requires_grad_()
q = p.clone()
q.t()[0].mul_(torch.tensor([2.0, 3.0]))
print(q)
g, = torch.autograd.grad(q.sum(), p, retain_graph=True)
print(g)
g2, = torch.autograd.grad((q * q).sum(), p)
print(g2)

s = torch.ones(3, 4, requires_grad=True)
t = s * 1
t[0][1:3].mul_(5)
t[:, 3].zero_()
print(t)
loss = t.sum()
loss.backward(retain_graph=True)
print(s.grad)
loss.backward()
print(s.grad)

u = torch.tensor([1.0, 2.0], requires_grad=True)
vv = u.exp()
vv[0].mul_(2)
try:
    vv.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
