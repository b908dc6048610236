# NLLLoss and CrossEntropyLoss on K-dimensional inputs (N, C, d1, d2) with weights, ignore_index
# and every reduction; gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 2, 2, requires_grad=True)
y = torch.tensor([[[0, 1], [2, 1]], [[1, 1], [0, 2]]])
w = torch.tensor([1.0, 0.5, 2.0])
for red in ("none", "mean", "sum"):
    l = F.cross_entropy(x, y, reduction=red)
    print(red, l)
    l.sum().backward()
    print(x.grad[0, :, 0])
    x.grad = None
l = nn.CrossEntropyLoss(weight=w, ignore_index=1)(x, y)
print(l)
l.backward()
print(x.grad[1, :, 1])
lp = F.log_softmax(x.detach(), 1)
print(F.nll_loss(lp, y, weight=w, reduction="sum"))
try:
    F.nll_loss(lp, y[:, 0])
except Exception as e:
    print(type(e).__name__, e)
