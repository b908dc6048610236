# nn.Sequential: indexing, negative indices, slicing, len, append, nesting, iteration, repr.
import torch
import torch.nn as nn

torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print(seq)
print(len(seq), type(seq[0]).__name__, type(seq[-1]).__name__)
print(seq[1:])
seq.append(nn.Sigmoid())
print(len(seq), [type(m).__name__ for m in seq])
outer = nn.Sequential(seq, nn.Identity())
print(outer)
x = torch.ones(2, 3)
print(outer(x))
print(seq(x).shape, seq[:2](x).shape)
try:
    seq[7]
except Exception as e:
    print(type(e).__name__, e)
print([n for n, _ in outer.named_modules()])
print(nn.Sequential()(x) is x)
