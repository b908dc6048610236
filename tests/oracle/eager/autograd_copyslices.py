# In-place ops on views of non-leaf tensors (CopySlices): setitem, slice mul_, view add_, and the
# gradients that flow to the base and to the written values.
import torch

a = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
b = a * 1
b[1:3].mul_(10)
print(b, type(b.grad_fn).__name__)
b.sum().backward()
print(a.grad)
x = torch.zeros(2, 3, requires_grad=True)
v = torch.tensor([5.0, 6.0], requires_grad=True)
y = x.clone()
y[:, 1] = v
print(y.grad_fn.name())
(y * torch.arange(6.0).reshape(2, 3)).sum().backward()
print(x.grad, v.grad)
p = torch.ones(2, 2, requires_grad=True)
q = p * 2
row = q[0]
row.add_(torch.tensor([1.0, 2.0]))
print(q, row.grad_fn.name(), q.grad_fn.name())
(q ** 2).sum().backward()
print(p.grad)
m = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
n = m.exp()
n.view(3)[0] = 0.0
try:
    n.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
k = m * m
k.view(3)[0] = 0.0
k.sum().backward()
print(m.grad, k.grad_fn.name())
