# nn.Embedding: lookup, padding_idx (zero row, no gradient), negative padding_idx, out of range errors.
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(6, 3, padding_idx=0)
print(emb)
print(emb.weight)
idx = torch.tensor([[0, 2, 5], [2, 2, 0]])
out = emb(idx)
print(out.shape, out.grad_fn.name())
(out * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(emb.weight.grad)
e2 = nn.Embedding(4, 2, padding_idx=-1)
print(e2.padding_idx, e2.weight[3])
e3 = nn.Embedding(3, 2)
print(e3)
print(e3(torch.tensor(1)))
try:
    e3(torch.tensor([3]))
except Exception as e:
    print(type(e).__name__, e)
try:
    e3(torch.tensor([0.0]))
except Exception as e:
    print(type(e).__name__, e)
try:
    nn.Embedding(3, 2, padding_idx=5)
except Exception as e:
    print(type(e).__name__, e)
