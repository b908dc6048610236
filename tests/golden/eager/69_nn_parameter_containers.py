# Spec: torch/nn/modules/container.py (PyTorch 2.x): ParameterList / ParameterDict register their
# entries as parameters "0", "1", ... / by key (plain tensors wrapped as Parameter), reprs, indexing,
# slicing, dict methods, errors; a module using them trains through them. Expected output: PyTorch 1.13.
import torch
import torch.nn as nn
from collections import OrderedDict

torch.manual_seed(0)
pl = nn.ParameterList([nn.Parameter(torch.ones(2, 3)), torch.zeros(4)])
print(pl)
print(len(pl), type(pl[1]).__name__, pl[-1], [n for n, _ in pl.named_parameters()])
pl.append(torch.full((2,), 3.0))
pl += [torch.arange(3.0)]
print(len(pl), pl[3], pl[1:3])
pl[0] = torch.eye(2)
print(pl[0])
for p in pl:
    print(p.shape, p.requires_grad)
try:
    pl[7]
except IndexError as e:
    print("IndexError", e)
try:
    pl.extend(torch.ones(2))
except TypeError as e:
    print("TypeError", e)
try:
    pl()
except RuntimeError as e:
    print("RuntimeError", e)

pd = nn.ParameterDict({"b": nn.Parameter(torch.ones(2)), "a": torch.zeros(3, dtype=torch.float64)})
print(pd)
print(list(pd.keys()), "a" in pd, len(pd), pd["b"], [n for n, _ in pd.named_parameters()])
pd["c"] = torch.tensor([1.0, 2.0])
pd.update([("d", torch.ones(1))])
pd.update(OrderedDict([("z", torch.zeros(1)), ("y", torch.ones(1))]))
print(list(pd.keys()), pd.get("q"), pd.get("c"))
print(pd.pop("d"), list(pd))
print(pd.setdefault("e", torch.ones(2)), sorted(k for k, _ in pd.items()))
del pd["e"]
print(len(pd), [v.shape for v in pd.values()])
for bad in (lambda: pd[3], lambda: pd.update([("x",)])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Mixture(nn.Module):
    def __init__(self):
        super().__init__()
        self.ws = nn.ParameterList([nn.Parameter(torch.randn(3, 3)) for _ in range(2)])
        self.bs = nn.ParameterDict({"first": nn.Parameter(torch.zeros(3)), "second": nn.Parameter(torch.ones(3))})

    def forward(self, x):
        x = x @ self.ws[0] + self.bs["first"]
        return x.relu() @ self.ws[1] + self.bs["second"]


m = Mixture()
print(m)
print([n for n, _ in m.named_parameters()])
x = torch.randn(4, 3)
out = m(x).sum()
out.backward()
print(out, m.ws[1].grad, m.bs["first"].grad)
print(sorted(m.state_dict().keys()))
print(torch.compile(m, backend="eager")(x))
