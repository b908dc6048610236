# torch.nn.utils.parametrize: register_parametrization (right_inverse, unsafe=, errors), cached(),
# remove_parametrizations, the Parametrized<Class> swap; parametrizations.spectral_norm; the
# hook-based weight_norm / spectral_norm (docs/models.md "Parametrizations").
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P
from torch.nn.utils import parametrizations, parametrize, weight_norm, remove_weight_norm, spectral_norm, remove_spectral_norm
torch.manual_seed(0)
class Symmetric(nn.Module):
    def forward(self, X):
        return X.triu() + X.triu(1).transpose(-1, -2)
    def right_inverse(self, A):
        return A.triu()
m = nn.Linear(3, 3)
P.register_parametrization(m, "weight", Symmetric())
print(m)
print(m.weight)
print(torch.allclose(m.weight, m.weight.T))
for n, p in m.named_parameters():
    print(n, tuple(p.shape))
print(list(m.state_dict().keys()))
print(P.is_parametrized(m), P.is_parametrized(m, "weight"), P.is_parametrized(m, "bias"))
print(P.type_before_parametrizations(m).__name__, type(m).__name__)
A = torch.rand(3, 3); A = A + A.T
m.weight = A
print(torch.allclose(m.weight, A))
x = torch.randn(2, 3)
y = m(x).sum(); y.backward()
print(m.parametrizations.weight.original.grad)
with P.cached():
    print(m.weight is m.weight)
print(m.weight is m.weight)
P.remove_parametrizations(m, "weight")
print(m, type(m).__name__)
print(m.weight)
try:
    P.register_parametrization(m, "foo", Symmetric())
except ValueError as e:
    print("ValueError", e)
m = parametrizations.spectral_norm(nn.Linear(5, 4))
print(m)
print(m.parametrizations.weight[0]._u, m.parametrizations.weight[0]._v)
print(m.weight)
print([n for n, _ in m.named_parameters()], list(m.state_dict().keys()))
x = torch.randn(3, 5)
print(m(x))
m.eval()
print(m(x))
c = parametrizations.spectral_norm(nn.Conv2d(2, 3, 2))
print(c.weight.sum(), c.parametrizations.weight[0]._u)
parametrize.remove_parametrizations(c, "weight")
print(c.weight.sum(), type(c).__name__)
w = weight_norm(nn.Linear(4, 3))
print(w)
print(w.weight_g, w.weight_v.shape)
print(w(x[:, :4]))
print(sorted(n for n, _ in w.named_parameters()))
remove_weight_norm(w)
print(sorted(n for n, _ in w.named_parameters()), w.weight.sum())
s = spectral_norm(nn.Linear(4, 3))
print(s.weight_u, s.weight_v)
out = s(x[:, :4]); print(out)
print(sorted(s.state_dict().keys()))
remove_spectral_norm(s)
print(s.weight.sum())
try:
    parametrizations.spectral_norm(nn.Linear(2, 2), n_power_iterations=0)
except ValueError as e:
    print("ValueError", e)
try:
    parametrizations.spectral_norm(nn.Linear(2, 2), dim=3)
except IndexError as e:
    print("IndexError", e)
try:
    parametrize.remove_parametrizations(nn.Linear(2, 2), "weight")
except ValueError as e:
    print("ValueError", e)
class Double(nn.Module):
    def forward(self, X):
        return torch.cat([X, X])
try:
    parametrize.register_parametrization(nn.Linear(2, 2), "weight", Double())
except ValueError as e:
    print("ValueError", e)
l = nn.Linear(2, 2)
parametrize.register_parametrization(l, "weight", Double(), unsafe=True)
print(l.weight.shape)
w = weight_norm(nn.Linear(4, 3))
print(w.weight)
x = torch.randn(2, 4)
w(x).pow(2).sum().backward()
print(w.weight_g.grad, w.weight_v.grad)
w2 = weight_norm(nn.Linear(4, 3), dim=None)
print(w2.weight_g, w2.weight)
w2(x).sum().backward()
print(w2.weight_g.grad, w2.weight_v.grad)
w3 = weight_norm(nn.Conv1d(2, 3, 2), dim=1)
print(w3.weight_g.shape, w3.weight)
a = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
b = torch.tensor([3.0, 0.25, -4.0])
r = torch.vdot(a, b)
print(r, a.vdot(b))
r.backward()
print(a.grad)
try:
    torch.vdot(a, b.double())
except RuntimeError as e:
    print("RuntimeError", e)
