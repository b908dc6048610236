# torch.autograd.grad: allow_unused, materialize of unused inputs, grad_outputs, retain_graph, tuples.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([3.0, 4.0], requires_grad=True)
z = torch.tensor(5.0, requires_grad=True)
out = (x * y).sum()
try:
    torch.autograd.grad(out, [x, z], retain_graph=True)
except Exception as e:
    print(type(e).__name__, e)
print(torch.autograd.grad(out, [x, z], allow_unused=True, retain_graph=True))
print(torch.autograd.grad(out, (y,), retain_graph=True))
v = x * 2
print(torch.autograd.grad(v, x, grad_outputs=torch.tensor([1.0, -1.0])))
print(torch.autograd.grad([x.sum(), (y * y).sum()], [x, y]))
print(x.grad, y.grad)
q = (x ** 2).sum()
torch.autograd.grad(q, x)
try:
    torch.autograd.grad(q, x)
except Exception as e:
    print(type(e).__name__, str(e).split(".")[0])
try:
    torch.autograd.grad(x * 2, x)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.autograd.grad(torch.ones(2).sum(), x)
except Exception as e:
    print(type(e).__name__, e)
t = torch.ones(2)
try:
    torch.autograd.grad((x * 3).sum(), t)
except Exception as e:
    print(type(e).__name__, e)
