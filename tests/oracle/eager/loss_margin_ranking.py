# The ranking and embedding losses: MarginRankingLoss, HingeEmbeddingLoss, CosineEmbeddingLoss,
# SoftMarginLoss, MultiLabelSoftMarginLoss, every reduction, legacy size_average/reduce, gradients,
# grad_fn names, reprs, and their argument errors.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter("ignore")
torch.manual_seed(0)
x1 = torch.randn(6, requires_grad=True)
x2 = torch.randn(6, requires_grad=True)
y = torch.tensor([1.0, -1.0, 1.0, 1.0, -1.0, -1.0])
for red in ("none", "mean", "sum"):
    for margin in (0.0, 0.5):
        loss = nn.MarginRankingLoss(margin=margin, reduction=red)(x1, x2, y)
        print("mrl", red, margin, loss)
        loss.sum().backward()
        print(x1.grad, x2.grad)
        x1.grad = None
        x2.grad = None
print(F.margin_ranking_loss(x1, x2, y, size_average=False))
print(F.margin_ranking_loss(x1, x2, y, reduce=False))
print(nn.MarginRankingLoss(), nn.MarginRankingLoss(0.3).margin, nn.MarginRankingLoss(reduce=False).reduction)
try:
    F.margin_ranking_loss(torch.randn(2, 3), torch.randn(3), torch.ones(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    F.margin_ranking_loss(x1, x2, y, reduction="avg")
except Exception as e:
    print(type(e).__name__, e)

d = torch.randn(2, 4, requires_grad=True)
t = torch.tensor([[1.0, -1.0, -1.0, 1.0], [-1.0, -1.0, 1.0, 1.0]])
for red in ("none", "mean", "sum"):
    loss = nn.HingeEmbeddingLoss(margin=0.8, reduction=red)(d, t)
    print("hinge", red, loss)
    loss.sum().backward()
    print(d.grad)
    d.grad = None
print(F.hinge_embedding_loss(d, t))
print(F.hinge_embedding_loss(d.abs(), torch.tensor([1.0, -1.0, 0.0, 2.0])))
print(nn.HingeEmbeddingLoss())

a = torch.randn(3, 5, requires_grad=True)
b = torch.randn(3, 5, requires_grad=True)
tt = torch.tensor([1.0, -1.0, -1.0])
for red in ("none", "mean", "sum"):
    for margin in (0.0, -0.2, 0.1):
        loss = nn.CosineEmbeddingLoss(margin=margin, reduction=red)(a, b, tt)
        print("cos", red, margin, loss)
        loss.sum().backward()
        print(a.grad)
        print(b.grad)
        a.grad = None
        b.grad = None
print(F.cosine_embedding_loss(a[0], b[0], torch.tensor(1.0)))
print(F.cosine_embedding_loss(a[0], b[0], torch.tensor(-1.0), margin=-0.5))
for args in ((a, b, torch.ones(3, 1)), (a[0], b[0], tt), (a, b, torch.tensor(1.0))):
    try:
        F.cosine_embedding_loss(*args)
    except Exception as e:
        print(type(e).__name__, e)

s = torch.randn(2, 3, requires_grad=True)
st = torch.tensor([[1.0, -1.0, 1.0], [-1.0, -1.0, 1.0]])
for red in ("none", "mean", "sum"):
    loss = nn.SoftMarginLoss(reduction=red)(s, st)
    print("soft", red, loss)
    loss.sum().backward()
    print(s.grad)
    s.grad = None
print(F.soft_margin_loss(s * 30, st, reduce=False))

m = torch.randn(3, 4, requires_grad=True)
mt = torch.tensor([[1.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0], [1.0, 1.0, 1.0, 1.0]])
w = torch.tensor([1.0, 2.0, 0.5, 1.5])
for red in ("none", "mean", "sum"):
    for kw in ({}, {"weight": w}):
        loss = nn.MultiLabelSoftMarginLoss(reduction=red, **kw)(m, mt)
        print("mlsm", red, sorted(kw), loss)
        loss.sum().backward()
        print(m.grad)
        m.grad = None
crit = nn.MultiLabelSoftMarginLoss(weight=w)
print(crit, list(crit.state_dict()))
try:
    F.multilabel_soft_margin_loss(m, mt, reduction="bad")
except Exception as e:
    print(type(e).__name__, e)
print(type(nn.MarginRankingLoss()).__module__, type(crit).__module__)


@torch.compile
def f(x1, x2, y, d, t, a, b, tt, s, st):
    return (F.margin_ranking_loss(x1, x2, y, margin=0.2) + F.hinge_embedding_loss(d, t)
            + F.cosine_embedding_loss(a, b, tt) + F.soft_margin_loss(s, st),
            F.multilabel_soft_margin_loss(a, (b > 0).float()))


print(f(x1, x2, y, d, t, a, b, tt, s, st))
