# Double backward with create_graph=True: polynomials, exp/sin/tanh/sigmoid, mul/div, sum/mean,
# torch.autograd.grad of a gradient, and the grad_fn of a gradient.
import torch

x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = (x ** 3).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g, g.grad_fn is not None, g.requires_grad)
g.sum().backward()
print(x.grad)
for f in (torch.exp, torch.sin, torch.tanh, torch.sigmoid, torch.log, torch.sqrt, torch.cos):
    x = torch.tensor([0.3, 1.2], requires_grad=True)
    (d1,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    (d2,) = torch.autograd.grad(d1.sum(), x)
    print(f.__name__, d1.detach(), d2)
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
z = a * a * b + a / b
ga, gb = torch.autograd.grad(z, (a, b), create_graph=True)
print(ga, gb)
print(torch.autograd.grad(ga, (a, b)))
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
out = (w @ w).mean()
(gw,) = torch.autograd.grad(out, w, create_graph=True)
print(gw)
(gw ** 2).sum().backward()
print(w.grad)
x = torch.tensor(1.5, requires_grad=True)
y = x ** 4
y.backward(create_graph=True)
print(x.grad, x.grad.requires_grad)
g1 = x.grad.clone()
x.grad = None
g1.backward()
print(x.grad)
