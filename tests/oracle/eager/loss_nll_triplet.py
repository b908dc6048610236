# PoissonNLLLoss, GaussianNLLLoss, TripletMarginLoss, TripletMarginWithDistanceLoss: values,
# reductions, gradients, grad_fn names, reprs and argument errors.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter("ignore")
torch.manual_seed(0)
lam = torch.randn(2, 3, requires_grad=True)
k = torch.tensor([[0.0, 1.0, 3.0], [2.0, 5.0, 1.0]])
for red in ("none", "mean", "sum"):
    for kw in ({}, {"full": True}, {"log_input": False}, {"log_input": False, "full": True, "eps": 1e-3}):
        inp = lam if kw.get("log_input", True) else lam.abs()
        loss = nn.PoissonNLLLoss(reduction=red, **kw)(inp, k)
        print("poisson", red, sorted(kw.items()), loss)
        loss.sum().backward()
        print(lam.grad)
        lam.grad = None
print(F.poisson_nll_loss(lam, k, size_average=False))
print(nn.PoissonNLLLoss(), nn.PoissonNLLLoss(log_input=False).log_input)
try:
    F.poisson_nll_loss(lam, k, reduction="avg")
except Exception as e:
    print(type(e).__name__, e)

mu = torch.randn(4, 2, requires_grad=True)
obs = torch.randn(4, 2)
var = torch.rand(4, 2, requires_grad=True)
for red in ("none", "mean", "sum"):
    for full in (False, True):
        loss = nn.GaussianNLLLoss(full=full, reduction=red)(mu, obs, var)
        print("gauss", red, full, loss)
        loss.sum().backward()
        print(mu.grad)
        print(var.grad)
        mu.grad = None
        var.grad = None
print(F.gaussian_nll_loss(mu, obs, var[:, 0]))
print(F.gaussian_nll_loss(mu, obs, var[:, :1], eps=0.5))
print(F.gaussian_nll_loss(mu, obs, torch.zeros(4, 2)))
for v, kw in ((torch.rand(3), {}), (-var, {}), (var, {"reduction": "max"})):
    try:
        F.gaussian_nll_loss(mu, obs, v, **kw)
    except Exception as e:
        print(type(e).__name__, e)
print(nn.GaussianNLLLoss(), nn.GaussianNLLLoss(eps=0.1).eps)

anc = torch.randn(3, 4, requires_grad=True)
pos = torch.randn(3, 4, requires_grad=True)
neg = torch.randn(3, 4, requires_grad=True)
for red in ("none", "mean", "sum"):
    for kw in ({}, {"swap": True}, {"p": 1, "margin": 2.0}, {"eps": 0.1, "margin": 0.5}):
        loss = nn.TripletMarginLoss(reduction=red, **kw)(anc, pos, neg)
        print("triplet", red, sorted(kw.items()), loss)
        loss.sum().backward()
        print(anc.grad)
        print(neg.grad)
        anc.grad = None
        pos.grad = None
        neg.grad = None
print(F.triplet_margin_loss(anc[0], pos[0], neg[0]))
print(F.triplet_margin_loss(anc, pos, neg, reduce=False))
try:
    F.triplet_margin_loss(anc, pos[0], neg)
except Exception as e:
    print(type(e).__name__, e)
print(nn.TripletMarginLoss(), nn.TripletMarginLoss(p=1.0).p)

cosd = lambda u, v: 1.0 - F.cosine_similarity(u, v)
for red in ("none", "mean", "sum"):
    for kw in ({}, {"distance_function": cosd}, {"distance_function": nn.PairwiseDistance(p=1.0), "swap": True}):
        loss = nn.TripletMarginWithDistanceLoss(reduction=red, **kw)(anc, pos, neg)
        print("twd", red, sorted(kw), loss)
        loss.sum().backward()
        print(anc.grad)
        anc.grad = None
        pos.grad = None
        neg.grad = None
crit = nn.TripletMarginWithDistanceLoss()
print(crit)
print(type(crit).__module__, type(nn.GaussianNLLLoss()).__module__)


@torch.compile
def f(lam, k, mu, obs, var, anc, pos, neg):
    return (F.poisson_nll_loss(lam, k), F.gaussian_nll_loss(mu, obs, var, full=True),
            F.triplet_margin_loss(anc, pos, neg, swap=True), F.triplet_margin_with_distance_loss(anc, pos, neg))


print(f(lam, k, mu, obs, var, anc, pos, neg))
