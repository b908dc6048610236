# Spec: torch/nn/modules/loss.py and ATen's Loss.cpp (PyTorch 2.x): SmoothL1Loss / HuberLoss (the
# pointwise kernels in the inputs' type, then mean()/sum()), KLDivLoss (xlogy(t, t) - t * input,
# 'batchmean' = sum / batch size), torch.xlogy. Values, grad_fn names, gradients. Expected output:
# PyTorch 1.13 (ATEN_CPU_CAPABILITY=default).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, 5) * 2
t = torch.randn(4, 5)
for m in (nn.SmoothL1Loss(), nn.SmoothL1Loss(beta=0.5), nn.SmoothL1Loss(reduction="sum"), nn.SmoothL1Loss(reduction="none"),
          nn.SmoothL1Loss(beta=0.0), nn.HuberLoss(), nn.HuberLoss(delta=0.3), nn.HuberLoss(reduction="sum"),
          nn.HuberLoss(reduction="none", delta=2.0)):
    print(m, m(x, t))
logp = F.log_softmax(x, 1)
q = F.softmax(t, 1)
for m in (nn.KLDivLoss(reduction="batchmean"), nn.KLDivLoss(reduction="sum"), nn.KLDivLoss(reduction="none"),
          nn.KLDivLoss(reduction="batchmean", log_target=True)):
    print(m, m(logp, q if not m.log_target else F.log_softmax(t, 1)))
print(F.kl_div(logp, torch.zeros(4, 5), reduction="sum"))

w = x.clone().requires_grad_()
tw = t.clone().requires_grad_()
for name, fn in [("smooth_l1", lambda: F.smooth_l1_loss(w, tw)), ("smooth_l1 sum beta", lambda: F.smooth_l1_loss(w, tw, reduction="sum", beta=2.0)),
                 ("huber", lambda: F.huber_loss(w, tw)), ("huber none", lambda: F.huber_loss(w, tw, reduction="none", delta=0.5).sum()),
                 ("kl batchmean", lambda: F.kl_div(F.log_softmax(w, 1), F.softmax(tw, 1), reduction="batchmean"))]:
    out = fn()
    print(name, out, out.grad_fn.name())
    out.backward()
    print(w.grad)
    print(tw.grad)
    w.grad = None
    tw.grad = None

a = torch.tensor([0.0, 1.0, 2.0, -1.0, 0.0])
b = torch.tensor([0.0, 2.0, float("nan"), 3.0, -1.0])
print(torch.xlogy(a, b), a.xlogy(2.0), torch.xlogy(torch.tensor([1, 2]), torch.tensor([3, 4])))
ag = a.clone().requires_grad_()
bg = torch.tensor([0.5, 2.0, 3.0, 3.0, 1.0], requires_grad=True)
r = torch.xlogy(ag, bg)
print(r)
r.sum().backward()
print(ag.grad, bg.grad)
try:
    nn.HuberLoss(reduction="avg")(x, t)
except ValueError as e:
    print("ValueError", e)


@torch.compile(backend="eager")
def f(p, q):
    return F.smooth_l1_loss(p, q) + F.huber_loss(p, q, delta=0.5) + F.kl_div(F.log_softmax(p, 1), F.softmax(q, 1), reduction="batchmean")


print(f(x, t))
