# Spec: torch/nn/modules/normalization.py, activation.py and ATen (PyTorch 2.x): GroupNorm
# (group_norm_kernel.cpp: RowwiseMoments per group, y = scale * x + bias in the tensor's type),
# PReLU (prelu -> _prelu_kernel, x > 0 ? x : w * x, per-channel weight), GLU (a * sigmoid(b)).
# Values, reprs, gradients and errors. Expected output: PyTorch 1.13; the grad_fn of prelu is
# PreluKernelBackward0 in 2.x (1.13: PreluBackward0), so the program prints values only for it.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 6, 5) * 3 + 1
gn = nn.GroupNorm(3, 6)
print(gn, nn.GroupNorm(2, 4, eps=1e-3, affine=False), [n for n, _ in gn.named_parameters()])
print(gn(x))
with torch.no_grad():
    gn.weight.copy_(torch.linspace(0.5, 2.0, 6))
    gn.bias.copy_(torch.linspace(-1.0, 1.0, 6))
print(gn(x))
print(F.group_norm(x, 2), F.group_norm(torch.randn(3, 4, 2, 2), 4)[0])
print(nn.GroupNorm(1, 6)(x[:, :, :1]))
w = x.clone().requires_grad_()
y = gn(w)
print(y.grad_fn.name())
(y * torch.arange(60.0).view(2, 6, 5)).sum().backward()
print(w.grad)
print(gn.weight.grad, gn.bias.grad)
y = F.group_norm(w, 3)
(y * y * torch.arange(60.0).view(2, 6, 5)).sum().backward()
print(w.grad)
for bad in (lambda: nn.GroupNorm(4, 6), lambda: F.group_norm(x, 4), lambda: F.group_norm(torch.randn(1, 3, 1), 3)):
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)

p = nn.PReLU()
p6 = nn.PReLU(6, init=0.1)
print(p, p6, p.weight, p6.weight)
print(p(x[0]).detach(), p6(x)[1].detach())
print(F.prelu(x[0, 0], torch.tensor([0.5])))
pw = x.clone().requires_grad_()
out = p6(pw)
(out * torch.arange(60.0).view(2, 6, 5)).sum().backward()
print(pw.grad[0], p6.weight.grad)
try:
    F.prelu(x, torch.tensor([0.1, 0.2]))
except RuntimeError as e:
    print("RuntimeError", e)

g = nn.GLU()
print(g, nn.GLU(dim=1), g(x[:, :, :4]), F.glu(x, 1))
gw = x[:, :4].clone().requires_grad_()
out = F.glu(gw, 1)
print(out.grad_fn.name())
(out * torch.arange(20.0).view(2, 2, 5)).sum().backward()
print(gw.grad)
for bad in (lambda: F.glu(x), lambda: F.glu(torch.tensor(1.0))):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)


@torch.compile(backend="eager")
def f(t, weight):
    return F.group_norm(t, 3) + F.prelu(t, weight) + F.glu(torch.cat([t, t], 2), 2)


print(f(x, torch.full((6,), 0.2)))
