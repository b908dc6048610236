# CrossEntropyLoss with label_smoothing, weight, ignore_index and every reduction; gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
y = torch.tensor([0, 2, 1, 2])
w = torch.tensor([0.2, 1.0, 3.0])
for ls in (0.0, 0.1, 0.5):
    for red in ("none", "mean", "sum"):
        loss = nn.CrossEntropyLoss(reduction=red, label_smoothing=ls)(x, y)
        print(ls, red, loss)
        loss.sum().backward()
        print(x.grad[2])
        x.grad = None
for kw in ({"weight": w}, {"ignore_index": 2}, {"weight": w, "ignore_index": 0}):
    for red in ("mean", "sum"):
        loss = F.cross_entropy(x, y, reduction=red, label_smoothing=0.2, **kw)
        print(sorted(kw), red, loss)
        loss.backward()
        print(x.grad[0])
        x.grad = None
print(nn.CrossEntropyLoss(label_smoothing=0.1))
try:
    F.cross_entropy(x, y, label_smoothing=1.5)
except Exception as e:
    print(type(e).__name__, e)
