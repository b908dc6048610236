# nn.ModuleList and nn.ModuleDict: indexing, append/extend/insert, keys/items, parameters, repr.
import torch
import torch.nn as nn

torch.manual_seed(0)
ml = nn.ModuleList([nn.Linear(2, 2) for _ in range(2)])
ml.append(nn.ReLU())
ml.extend([nn.Tanh()])
ml.insert(1, nn.Sigmoid())
print(ml)
print(len(ml), type(ml[1]).__name__, type(ml[-1]).__name__)
print(len(list(ml.parameters())))
print(ml[1:3])
md = nn.ModuleDict({"a": nn.Linear(2, 3), "b": nn.ReLU()})
md["c"] = nn.Linear(3, 1)
print(md)
print(list(md.keys()), "a" in md, len(md))
x = torch.ones(1, 2)
for k, m in md.items():
    x = m(x)
print(x)
p = md.pop("b")
print(p, list(md.keys()))
print([n for n, _ in md.named_parameters()])
try:
    ml[10]
except Exception as e:
    print(type(e).__name__, e)
try:
    md["zz"]
except Exception as e:
    print(type(e).__name__, e)
