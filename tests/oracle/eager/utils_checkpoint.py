# torch.utils.checkpoint: checkpoint (use_reentrant True/False: values, gradients, grad_fn, the
# recomputation's RNG replay and side effects), checkpoint_sequential, the no-grad-inputs warning.
import torch
import torch.nn as nn
from torch.utils.checkpoint import checkpoint, checkpoint_sequential
torch.manual_seed(0)
lin = nn.Linear(4, 4)
def f(x):
    print("run f")
    return torch.tanh(lin(x)) * 2
x = torch.randn(2, 4, requires_grad=True)
for ur in (True, False):
    y = checkpoint(f, x, use_reentrant=ur)
    print(y)
    y.sum().backward()
    print(x.grad, lin.weight.grad.sum())
    x.grad = None; lin.zero_grad()
y = f(x); y.sum().backward(); print(x.grad, lin.weight.grad.sum())
z = torch.randn(2, 4)
out = checkpoint(f, z, use_reentrant=True)
print(out.requires_grad)
out = checkpoint(f, x)
print(out.grad_fn is not None)
seq = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 3), nn.Tanh())
o = checkpoint_sequential(seq, 2, x)
print(o)
o.sum().backward()
print(seq[0].weight.grad)
def g(x):
    return torch.nn.functional.dropout(x, 0.5, training=True) * 3
x.grad = None
r = checkpoint(g, x, use_reentrant=True)
print(r)
r.sum().backward()
print(x.grad)
try:
    checkpoint(f, x, use_reentrant=True, foo=1)
except ValueError as e:
    print("ValueError", e)
