# GELU (exact) at large negative inputs, where the sign of the zero depends on PyTorch's path: a
# contiguous float32 tensor of 2+ elements goes to oneDNN (S + S * erf, +0), one element or a
# strided tensor to ATen's GeluKernel (x * 0.5 * (1 + erf), -0); float64 always to ATen.
# softplus in float32 computed in float32 (exp, log1p and the division in the tensor's type).
import torch
import torch.nn.functional as F

x = torch.tensor([-40., -10., -6., -5.6, -5.5, -3., 0., 2.])
print(F.gelu(x))
print([repr(v) for v in F.gelu(x).tolist()])
print(F.gelu(torch.tensor(-10.)), F.gelu(torch.tensor([-10.])), F.gelu(x[::2]))
print([repr(v) for v in F.gelu(x.double()).tolist()])
print(torch.nn.GELU()(torch.full((3, 2), -8.)))
print([repr(v) for v in F.gelu(torch.linspace(-7, -4, 13)).tolist()])
print([repr(v) for v in F.gelu(torch.linspace(-1, 1, 9)).tolist()])

s = torch.tensor([-20., -3.3, -1., -0.1, 0., 0.3, 1.7, 5., 19.9, 25.])
print(F.softplus(s))
print([repr(v) for v in F.softplus(s).tolist()])
print([repr(v) for v in F.softplus(s, beta=2.5, threshold=4.).tolist()])
print([repr(v) for v in F.softplus(s.double(), beta=0.7).tolist()])
print([repr(v) for v in torch.nn.Softplus(beta=3)(torch.linspace(-2, 2, 7)).tolist()])
g = torch.linspace(-6, 6, 25, requires_grad=True)
F.softplus(g, beta=1.3).sum().backward()
print([repr(v) for v in g.grad.tolist()])
