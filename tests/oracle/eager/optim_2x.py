# What PyTorch 2.x changed in the optimizers and schedulers of optim_more_optimizers /
# optim_schedulers_more: print(optimizer) and the param_groups keys (foreach, maximize,
# capturable, differentiable, fused, decoupled_weight_decay), NAdam's mu_product_next (1.13
# multiplied mu in twice) and decoupled_weight_decay for NAdam and RAdam, the step of Adadelta and
# Rprop as a tensor, CyclicLR / OneCycleLR cycling Adam's beta1, OneCycleLR's step count message,
# and ReduceLROnPlateau as an LRScheduler (get_last_lr, default_min_lr).
import torch
from torch.optim import lr_scheduler as S


def make():
    torch.manual_seed(0)
    m = torch.nn.Linear(3, 2)
    x = torch.randn(8, 3)
    y = torch.randn(8, 2)
    return m, x, y


def train(name, n=6, **kwargs):
    m, x, y = make()
    opt = getattr(torch.optim, name)(m.parameters(), **kwargs)
    losses = []
    for _ in range(n):
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(m(x), y)
        loss.backward()
        opt.step()
        losses.append("%.6f" % loss.item())
    print(name, kwargs, losses)
    print(m.weight.detach(), m.bias.detach())
    return opt


opt = train("NAdam", lr=0.05)
print(opt.state[opt.param_groups[0]["params"][0]]["mu_product"])
train("NAdam", lr=0.05, weight_decay=0.1, momentum_decay=0.01)
for name, n in [("NAdam", 6), ("RAdam", 8)]:
    try:
        train(name, lr=0.05, weight_decay=0.1, decoupled_weight_decay=True, n=n)
    except TypeError as e:  # PyTorch 1.13 has no decoupled_weight_decay
        print(type(e).__name__, e)
for name in ["Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "ASGD", "Rprop", "LBFGS"]:
    w = torch.zeros(2, requires_grad=True)
    opt = getattr(torch.optim, name)([w])
    print(opt)
    print(list(opt.param_groups[0].keys()))
    print(sorted(opt.defaults))
for name in ["Adadelta", "Rprop"]:
    w = torch.ones(2, requires_grad=True)
    opt = getattr(torch.optim, name)([w])
    w.sum().backward()
    opt.step()
    print(name, opt.state[w]["step"])
w = torch.zeros(2, requires_grad=True)
print(torch.optim.SGD([w], lr=0.1).param_groups[0].keys())


def trace(make, n, kind):
    p = torch.zeros(1, requires_grad=True)
    if kind == "adam":
        opt = torch.optim.Adam([p], lr=0.1)
    else:
        opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
    sched = make(opt)
    rows = []
    for _ in range(n):
        opt.step()
        sched.step()
        rows.append("%.6f %s" % (sched.get_last_lr()[0], ["%.4f" % b for b in opt.param_groups[0]["betas"]]
                                 if kind == "adam" else "%.4f" % opt.param_groups[0]["momentum"]))
    print(type(sched).__name__, rows)
    return sched, opt


try:
    trace(lambda o: S.CyclicLR(o, base_lr=0.001, max_lr=0.01, step_size_up=2, base_momentum=0.85,
                               max_momentum=0.95), 6, "adam")
except ValueError as e:  # PyTorch 1.13 cycles SGD's momentum only
    print(type(e).__name__, e)
_, opt = trace(lambda o: S.OneCycleLR(o, max_lr=0.1, total_steps=6), 6, "adam")
print(sorted(k for k in opt.param_groups[0] if k != "params"))
try:
    trace(lambda o: S.OneCycleLR(o, max_lr=0.1, total_steps=3), 4, "sgd")
except ValueError as e:
    print(type(e).__name__, e)
try:
    S.CyclicLR(torch.optim.Adagrad([torch.zeros(1, requires_grad=True)]), 0.1, 1.0)
except ValueError as e:
    print(type(e).__name__, e)
opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
s = S.ReduceLROnPlateau(opt, patience=0)
for m in [1.0, 1.0, 2.0]:
    s.step(m)
    print(getattr(s, "_last_lr", None), s.last_epoch, hasattr(s, "get_last_lr"))
print("default_min_lr" in s.state_dict(), s.state_dict()["min_lrs"])
print(isinstance(s, getattr(S, "LRScheduler", S._LRScheduler)))
