# Activation modules forward and backward: ReLU, GELU (both), SiLU, LeakyReLU, ELU, Softplus,
# Hardtanh, ReLU6, Tanh, Sigmoid.
import torch
import torch.nn as nn

x0 = torch.tensor([-2.0, -1.0, -0.25, 0.0, 0.5, 2.0, 7.0])
mods = [nn.ReLU(), nn.GELU(), nn.GELU(approximate="tanh"), nn.SiLU(), nn.LeakyReLU(0.2), nn.ELU(alpha=0.5),
        nn.Softplus(beta=2.0, threshold=20.0), nn.Hardtanh(-0.5, 1.5), nn.ReLU6(), nn.Tanh(), nn.Sigmoid()]
for m in mods:
    x = x0.clone().requires_grad_()
    y = m(x)
    y.backward(torch.ones_like(y))
    print(m, y.grad_fn.name())
    print(y)
    print(x.grad)
r = nn.ReLU(inplace=True)
print(r)
t = torch.tensor([-1.0, 1.0])
r(t)
print(t)
