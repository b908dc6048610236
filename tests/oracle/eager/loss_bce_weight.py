# BCELoss with weight and every reduction, clamping of log at -100, gradients, and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
p = torch.sigmoid(torch.randn(3, 2)).requires_grad_()
t = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
w = torch.tensor([2.0, 0.5])
for red in ("none", "mean", "sum"):
    for kw in ({}, {"weight": w}):
        loss = nn.BCELoss(reduction=red, **kw)(p, t)
        print(red, sorted(kw), loss)
        loss.sum().backward()
        print(p.grad)
        p.grad = None
print(F.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])))
print(F.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([0.0, 1.0])))
print(F.binary_cross_entropy(torch.tensor([0.3]), torch.tensor([0.7])))
try:
    F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.0]))
except Exception as e:
    print(type(e).__name__, e)
try:
    F.binary_cross_entropy(torch.rand(2, 2), torch.rand(4))
except Exception as e:
    print(type(e).__name__, e)
