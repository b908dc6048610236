# parametrizations.weight_norm (PyTorch 2.1+): the magnitude and direction as original0 / original1
# of the ParametrizationList (_WeightNorm, torch._weight_norm); state_dict keys; removal.
import torch
import torch.nn as nn
from torch.nn.utils import parametrize
from torch.nn.utils.parametrizations import weight_norm as weight_norm_new
torch.manual_seed(0)
m = weight_norm_new(nn.Linear(4, 3))
print(m)
g = m.parametrizations.weight.original0
v = m.parametrizations.weight.original1
print(g)
print(tuple(v.shape), [n for n, _ in m.named_parameters()])
print(list(m.state_dict().keys()))
print(m.weight)
x = torch.randn(2, 4)
out = m(x)
print(out)
out.pow(2).sum().backward()
print(g.grad)
print(v.grad)
c = weight_norm_new(nn.Conv1d(2, 3, 2), dim=None)
print(c.parametrizations.weight.original0, c.weight.sum())
parametrize.remove_parametrizations(m, "weight")
print(type(m).__name__, [n for n, _ in m.named_parameters()], m.weight.sum())

# The 2.x warnings (texts from PyTorch 2.9's torch/utils/checkpoint.py and the `@deprecated` of
# torch/nn/utils/weight_norm.py WeightNorm.apply), recorded instead of printed to stderr.
import warnings
from torch.utils.checkpoint import checkpoint, checkpoint_sequential
from torch.nn.utils import weight_norm as weight_norm_old

lin = nn.Linear(3, 3)
xs = torch.randn(2, 3, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    checkpoint(lin, xs)
    checkpoint(lin, torch.randn(2, 3), use_reentrant=True)
    checkpoint_sequential(nn.Sequential(nn.Linear(3, 3), nn.ReLU()), 2, xs)
    weight_norm_old(nn.Linear(2, 2))
for w in caught:
    print(w.category.__name__, str(w.message))

# use_reentrant=False takes keyword arguments; checkpoint_sequential takes use_reentrant.
def scaled(t, *, scale):
    return lin(t) * scale
r = checkpoint(scaled, xs, use_reentrant=False, scale=3.0)
print(torch.equal(r, lin(xs) * 3.0), r.grad_fn.name())
try:
    checkpoint(scaled, xs, use_reentrant=True, scale=3.0)
except ValueError as e:
    print("ValueError", e)
seq = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2), nn.Sigmoid())
o = checkpoint_sequential(seq, 2, xs, use_reentrant=False)
print(torch.equal(o, seq(xs)), o.grad_fn.name())
o.sum().backward()
print(xs.grad)

# orthogonal needs matrix_exp / geqrf / householder_product: a clear playground message.
from torch.nn.utils.parametrizations import orthogonal
try:
    orthogonal(nn.Linear(3, 3))
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    orthogonal(nn.Linear(3, 3), orthogonal_map="qr")
except ValueError as e:
    print("ValueError", e)

# weight_norm's load_state_dict pre-hook: an old weight_norm state_dict (weight_g, weight_v) loads
# into a parametrized module (parametrizations.weight.original0 / original1); the caller's dict is
# not changed.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    old = weight_norm_old(nn.Linear(3, 2))
sd = old.state_dict()
new = weight_norm_new(nn.Linear(3, 2))
print(new.load_state_dict(sd))
print(list(sd.keys()), list(new.state_dict().keys()))
print(torch.equal(old(xs), new(xs)))
