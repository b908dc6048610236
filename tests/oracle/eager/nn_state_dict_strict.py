# Module.state_dict / load_state_dict: detached copies, buffers included, strict errors and
# strict=False results.
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
sd = m.state_dict()
print(type(sd).__name__, list(sd.keys()))
print(sd["0.weight"].requires_grad, sd["0.weight"].grad_fn)
torch.manual_seed(1)
m2 = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
print(m2.load_state_dict(sd))
print(torch.equal(m2[0].weight, m[0].weight))
bad = dict(sd)
del bad["0.bias"]
bad["extra"] = torch.zeros(1)
try:
    m2.load_state_dict(bad)
except Exception as e:
    print(type(e).__name__, e)
r = m2.load_state_dict(bad, strict=False)
print(r.missing_keys, r.unexpected_keys)
print(r)
wrong = dict(sd)
wrong["0.weight"] = torch.zeros(3, 2)
try:
    m2.load_state_dict(wrong)
except Exception as e:
    print(type(e).__name__, e)
sd["0.bias"].fill_(7.0)
print(m[0].bias)
lin = nn.Linear(2, 1)
lin.load_state_dict({"weight": torch.tensor([[1.0, 2.0]]), "bias": torch.tensor([0.5])})
print(lin(torch.tensor([[1.0, 1.0]])))
print(lin.state_dict(prefix="p."))
