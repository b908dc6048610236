# nn.Linear forward and backward: with and without bias, batched 3-d input, grads of weight/bias/input.
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
print(lin)
print(lin.weight, lin.bias)
x = torch.randn(4, 3, requires_grad=True)
y = lin(x)
print(y)
print(y.grad_fn.name())
y.sum().backward()
print(lin.weight.grad, lin.bias.grad)
print(x.grad)
nb = nn.Linear(3, 2, bias=False)
print(nb, nb.bias)
z = nb(torch.randn(2, 5, 3))
print(z.shape, z.grad_fn.name())
(z * z).mean().backward()
print(nb.weight.grad)
v = torch.randn(3, requires_grad=True)
out = lin(v)
print(out.detach(), out.requires_grad)
out.backward(torch.tensor([1.0, -1.0]))
print(v.grad)
try:
    lin(torch.randn(2, 4))
except Exception as e:
    print(type(e).__name__, e)
print(lin.in_features, lin.out_features, lin.weight.requires_grad)
