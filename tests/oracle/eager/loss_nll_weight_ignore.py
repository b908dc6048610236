# NLLLoss with class weights, ignore_index and every reduction; gradients; 3-d input.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logp = F.log_softmax(torch.randn(5, 3), dim=1).requires_grad_()
y = torch.tensor([0, 2, 1, 2, 1])
w = torch.tensor([1.0, 2.0, 0.5])
for red in ("none", "mean", "sum"):
    for kw in ({}, {"weight": w}, {"ignore_index": 2}, {"weight": w, "ignore_index": 1}):
        loss = nn.NLLLoss(reduction=red, **kw)(logp, y)
        print(red, sorted(kw), loss)
        loss.sum().backward()
        print(logp.grad[1])
        logp.grad = None
print(nn.NLLLoss(weight=w))
x3 = F.log_softmax(torch.randn(2, 3, 2), 1)
print(F.nll_loss(x3, torch.tensor([[0, 1], [2, 2]])))
print(F.nll_loss(logp, torch.full((5,), 2), ignore_index=2))
try:
    F.nll_loss(logp, torch.tensor([0, 3, 1, 1, 1]))
except Exception as e:
    print(type(e).__name__, e)
