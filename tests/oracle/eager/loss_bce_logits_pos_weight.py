# BCEWithLogitsLoss with pos_weight, weight and every reduction, large logits, gradients.
import torch
import torch.nn as nn

torch.manual_seed(0)
z = torch.randn(4, 3, requires_grad=True)
t = (torch.rand(4, 3) > 0.5).float()
pw = torch.tensor([1.0, 3.0, 0.5])
w = torch.tensor([1.0, 0.0, 2.0])
for red in ("none", "mean", "sum"):
    for kw in ({}, {"pos_weight": pw}, {"weight": w, "pos_weight": pw}):
        fn = nn.BCEWithLogitsLoss(reduction=red, **kw)
        loss = fn(z, t)
        print(red, sorted(kw), loss)
        loss.sum().backward()
        print(z.grad[1])
        z.grad = None
big = torch.tensor([100.0, -100.0, 0.0], requires_grad=True)
l = nn.BCEWithLogitsLoss()(big, torch.tensor([0.0, 1.0, 1.0]))
print(l)
l.backward()
print(big.grad)
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0])))
try:
    nn.BCEWithLogitsLoss()(z, torch.ones(4))
except Exception as e:
    print(type(e).__name__, e)
