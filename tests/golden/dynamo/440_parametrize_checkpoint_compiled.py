# eager-equal
# Spec: docs/models.md "Parametrizations and activation checkpointing" — parametrized modules
# (their Parametrized<Class> property reads module.parametrizations.weight) traced into one graph
# per module, spectral_norm's power iteration in training mode (in-place buffer updates under
# no_grad) included; weight_norm's `self[0](*originals)` (CALL_FUNCTION_EX of a generator).
# torch.utils.checkpoint inside a compiled function is a playground graph break ("not supported
# by the playground yet": PyTorch traces it as tag_activation_checkpoint); the call runs eagerly.
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P
from torch.nn.utils import parametrizations
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)


class Symmetric(nn.Module):
    def forward(self, X):
        return X.triu() + X.triu(1).transpose(-1, -2)


m = nn.Linear(3, 3)
P.register_parametrization(m, "weight", Symmetric())
x = torch.randn(2, 3)
cm = torch.compile(m, backend="eager")
print(cm(x))
print(torch.equal(cm(x), m(x)))

s = parametrizations.spectral_norm(nn.Linear(3, 2))
cs = torch.compile(s, backend="eager")
for _ in range(3):
    print(cs(x))
print(s.parametrizations.weight[0]._u, s.parametrizations.weight[0]._v)
cs(x).sum().backward()
print(s.parametrizations.weight.original.grad)
s.eval()
print(cs(x))

wn = parametrizations.weight_norm(nn.Linear(3, 2))
cw = torch.compile(wn, backend="eager")
print(cw(x))
cw(x).pow(2).sum().backward()
print(wn.parametrizations.weight.original0.grad)

lin = nn.Linear(3, 3)


@torch.compile(backend="eager")
def f(x):
    y = x.sin()
    z = checkpoint(lambda t: lin(t).relu(), y, use_reentrant=False)
    return z * 2


xr = torch.randn(2, 3, requires_grad=True)
out = f(xr)
print(out)
out.sum().backward()
print(xr.grad)

# A training loop on a compiled model with parametrizations and P.cached() in its forward
# (cached() assigns parametrize's module globals: STORE_GLOBAL, a playground graph break today,
# after which the frame runs eagerly; the losses and weights are eager's).
import torch.nn.utils.parametrize as P


class Skew(nn.Module):
    def forward(self, X):
        A = X.triu(1)
        return A - A.T


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = nn.Linear(4, 4)
        self.l2 = parametrizations.weight_norm(nn.Linear(4, 2))
        P.register_parametrization(self.l1, "weight", Skew())

    def forward(self, x):
        with P.cached():
            return self.l2(torch.relu(self.l1(x) + self.l1.weight.sum()))


net = Net()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
cnet = torch.compile(net, backend="eager")
x4 = torch.randn(5, 4)
y2 = torch.randn(5, 2)
for i in range(3):
    opt.zero_grad()
    loss = ((cnet(x4) - y2) ** 2).mean()
    loss.backward()
    opt.step()
    print(f"{loss.item():.6f}")
print(net.l1.weight)
