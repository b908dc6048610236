# nn.Parameter: repr, requires_grad, is_leaf, arithmetic results are plain tensors, detach,
# requires_grad=False parameters and in-place updates under no_grad.
import torch
import torch.nn as nn

p = nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(p.requires_grad, p.is_leaf, p.grad_fn, type(p).__name__)
q = p * 2
print(q, type(q).__name__, q.is_leaf)
d = p.detach()
print(d, type(d).__name__, d.requires_grad)
frozen = nn.Parameter(torch.zeros(2), requires_grad=False)
print(frozen, frozen.requires_grad)
with torch.no_grad():
    p.add_(1)
print(p)
(p ** 2).sum().backward()
print(p.grad)
try:
    p.add_(1)
except Exception as e:
    print(type(e).__name__, e)
print(nn.Parameter(torch.tensor(3.0)))
print(p.data, type(p.data).__name__)
