# MultiMarginLoss (p 1 and 2, margin, weight) and MultiLabelMarginLoss (targets ended by -1):
# every reduction, 1-D input, gradients, grad_fn names, reprs and argument errors; inside a
# torch.compile'd function too.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter("ignore")
torch.manual_seed(0)
x = torch.randn(4, 5, requires_grad=True)
y = torch.tensor([1, 0, 4, 2])
w = torch.tensor([1.0, 0.5, 2.0, 1.5, 0.25])
for red in ("none", "mean", "sum"):
    for kw in ({}, {"p": 2}, {"margin": 0.3}, {"weight": w}, {"p": 2, "margin": 2.0, "weight": w}):
        loss = nn.MultiMarginLoss(reduction=red, **kw)(x, y)
        print("mm", red, sorted(kw), loss)
        loss.sum().backward()
        print(x.grad)
        x.grad = None
v = torch.randn(5, requires_grad=True)
for red in ("none", "mean", "sum"):
    loss = F.multi_margin_loss(v, torch.tensor([3]), reduction=red)
    print("mm1d", red, loss)
    loss.backward()
    print(v.grad)
    v.grad = None
print(F.multi_margin_loss(x, y, size_average=False), F.multi_margin_loss(x * 0.1, y, margin=0.05))
print(nn.MultiMarginLoss(), nn.MultiMarginLoss(p=2, weight=w).p, list(nn.MultiMarginLoss(weight=w).state_dict()))
for fn in (lambda: F.multi_margin_loss(x, y, p=3), lambda: F.multi_margin_loss(x, y, weight=torch.ones(5, 1)),
           lambda: F.multi_margin_loss(x, torch.tensor([1, 2])),
           lambda: F.multi_margin_loss(x, torch.tensor([1, 2, 5, 0])), lambda: F.multi_margin_loss(torch.randn(2, 0), y),
           lambda: nn.MultiMarginLoss(p=0)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

m = torch.randn(3, 4, requires_grad=True)
mt = torch.tensor([[3, 0, -1, 1], [0, 1, 2, 3], [-1, 2, 1, 0]])
for red in ("none", "mean", "sum"):
    loss = nn.MultiLabelMarginLoss(reduction=red)(m, mt)
    print("mlm", red, loss)
    loss.sum().backward()
    print(m.grad)
    m.grad = None
u = torch.tensor([0.1, 0.2, 0.4, 0.8], requires_grad=True)
loss = F.multilabel_margin_loss(u, torch.tensor([3, 0, -1, 1]))
print(loss)
loss.backward()
print(u.grad)
print(F.multilabel_margin_loss(m, mt, reduce=False), nn.MultiLabelMarginLoss())
for fn in (lambda: F.multilabel_margin_loss(m, mt[0]), lambda: F.multilabel_margin_loss(m, mt + 2),
           lambda: F.multilabel_margin_loss(torch.randn(2, 3, 4), mt)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)


@torch.compile
def f(x, y, m, mt):
    return F.multi_margin_loss(x, y, p=2) + F.multilabel_margin_loss(m, mt), F.multi_margin_loss(x, y, reduction="none")


print(f(x, y, m, mt))
