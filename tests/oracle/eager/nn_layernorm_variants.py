# nn.LayerNorm: 1-d and 2-d normalized_shape, elementwise_affine=False, eps, gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
ln = nn.LayerNorm(5)
print(ln)
x = torch.randn(2, 3, 5, requires_grad=True)
y = ln(x)
print(y[1])
print(y.grad_fn.name())
(y * torch.linspace(-1, 1, 5)).sum().backward()
print(ln.weight.grad, ln.bias.grad)
print(x.grad[0])
ln2 = nn.LayerNorm([3, 4], elementwise_affine=False, eps=1e-3)
print(ln2, ln2.weight)
h = torch.randn(2, 3, 4, requires_grad=True)
o = ln2(h)
print(o[0])
o[:, 0].sum().backward()
print(h.grad[1])
w = torch.randn(4, requires_grad=True)
r = F.layer_norm(torch.randn(3, 4), (4,), w)
r.sum().backward()
print(w.grad)
try:
    ln(torch.randn(2, 4))
except Exception as e:
    print(type(e).__name__, e)
