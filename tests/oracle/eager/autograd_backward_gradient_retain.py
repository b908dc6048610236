# backward(gradient=...) on non-scalars, retain_graph for repeated backward, accumulation into
# .grad, and backward from several roots with torch.autograd.backward.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
y.backward(gradient=torch.tensor([1.0, 0.1, 0.01]), retain_graph=True)
print(x.grad)
y.backward(torch.ones(3), retain_graph=True)
print(x.grad)
y.sum().backward()
print(x.grad)
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
out = m @ m.t()
out.backward(torch.eye(2))
print(m.grad)
a = torch.tensor(2.0, requires_grad=True)
u = a * 3
v = a ** 2
torch.autograd.backward([u, v], [torch.tensor(1.0), torch.tensor(2.0)])
print(a.grad)
b = torch.tensor([1.0, 2.0], requires_grad=True)
s = b.exp()
s.backward(torch.ones(2), retain_graph=True)
s.backward(torch.ones(2))
print(b.grad)
try:
    s.backward(torch.ones(3))
except Exception as e:
    print(type(e).__name__, e)
