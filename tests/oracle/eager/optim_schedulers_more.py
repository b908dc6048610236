# The other lr schedulers: MultiplicativeLR, PolynomialLR, CosineAnnealingWarmRestarts, CyclicLR
# (three modes, momentum cycling with SGD;
# beta1 with Adam: optim_2x), OneCycleLR (cos/linear, three_phase,
# momentum), SequentialLR, ChainedScheduler and ReduceLROnPlateau (min/max, rel/abs, cooldown,
# min_lr), printing get_last_lr() per step, the momentum and state_dict keys.
import torch
from torch.optim import lr_scheduler as S


def opt_of(kind="sgd"):
    p = torch.zeros(1, requires_grad=True)
    q = torch.zeros(1, requires_grad=True)
    if kind == "adam":
        return torch.optim.Adam([{"params": [p]}, {"params": [q], "lr": 0.5}], lr=0.1)
    return torch.optim.SGD([{"params": [p]}, {"params": [q], "lr": 0.5}], lr=0.1, momentum=0.9)


def trace(make, n=10, kind="sgd", show=None):
    opt = opt_of(kind)
    sched = make(opt)
    rows = []
    for _ in range(n):
        opt.step()
        sched.step()
        row = ["%.6f" % lr for lr in sched.get_last_lr()]
        if show == "momentum":
            row.append("m=%.4f" % opt.param_groups[0]["momentum"])
        elif show == "betas":
            row.append("b1=%.4f" % opt.param_groups[0]["betas"][0])
        rows.append(" ".join(row))
    print(type(sched).__name__, rows)
    return sched, opt


trace(lambda o: S.MultiplicativeLR(o, lambda e: 0.9))
trace(lambda o: S.MultiplicativeLR(o, [lambda e: 0.9, lambda e: 0.5 if e % 2 else 1.0]))
trace(lambda o: S.PolynomialLR(o, total_iters=6, power=2.0))
trace(lambda o: S.PolynomialLR(o))
trace(lambda o: S.CosineAnnealingWarmRestarts(o, T_0=3), n=8)
s, _ = trace(lambda o: S.CosineAnnealingWarmRestarts(o, T_0=2, T_mult=2, eta_min=0.01), n=12)
print(s.T_i, s.T_cur, s.last_epoch)
trace(lambda o: S.CyclicLR(o, base_lr=0.01, max_lr=0.1, step_size_up=3), n=12, show="momentum")
trace(lambda o: S.CyclicLR(o, base_lr=[0.01, 0.02], max_lr=0.1, step_size_up=2, step_size_down=3,
                           mode="triangular2"), n=12, show="momentum")
trace(lambda o: S.CyclicLR(o, base_lr=0.01, max_lr=0.1, step_size_up=2, mode="exp_range", gamma=0.9), n=10)
trace(lambda o: S.CyclicLR(o, base_lr=0.01, max_lr=0.1, step_size_up=2, cycle_momentum=False), n=5)
trace(lambda o: S.CyclicLR(o, base_lr=0.01, max_lr=0.1, step_size_up=2, scale_fn=lambda x: 0.5 ** x,
                           scale_mode="iterations", cycle_momentum=False), n=6)
s, opt = trace(lambda o: S.OneCycleLR(o, max_lr=1.0, total_steps=10), n=10, show="momentum")
print([opt.param_groups[0][k] for k in ("initial_lr", "max_lr", "min_lr", "max_momentum", "base_momentum")])
trace(lambda o: S.OneCycleLR(o, max_lr=[1.0, 0.5], epochs=2, steps_per_epoch=5, anneal_strategy="linear"),
      n=10, show="momentum")
trace(lambda o: S.OneCycleLR(o, max_lr=0.1, total_steps=12, three_phase=True, pct_start=0.25), n=12,
      kind="adam", show="betas")
trace(lambda o: S.SequentialLR(o, [S.ConstantLR(o, factor=0.5, total_iters=2), S.ExponentialLR(o, gamma=0.9)],
                               milestones=[3]), n=8)
trace(lambda o: S.SequentialLR(o, [S.LinearLR(o, start_factor=0.25, total_iters=4),
                                   S.CosineAnnealingLR(o, T_max=5)], milestones=[4]), n=10)
s, _ = trace(lambda o: S.ChainedScheduler([S.ConstantLR(o, factor=0.5, total_iters=3),
                                           S.ExponentialLR(o, gamma=0.9)]), n=6)
print(sorted(s.state_dict().keys()), len(s.state_dict()["_schedulers"]))


def plateau(metrics, **kwargs):
    opt = opt_of()
    sched = S.ReduceLROnPlateau(opt, **kwargs)
    rows = []
    for m in metrics:
        opt.step()
        sched.step(m)
        rows.append("%.6f/%.6f" % tuple(g["lr"] for g in opt.param_groups))
    print("ReduceLROnPlateau", kwargs, rows, sched.num_bad_epochs, sched.best, sched.last_epoch)
    return sched


losses = [1.0, 0.9, 0.95, 0.91, 0.92, 0.93, 0.8, 0.85, 0.86, 0.87, 0.88, 0.89]
plateau(losses, patience=2)
plateau(losses, patience=1, factor=0.5, cooldown=2)
plateau(losses, patience=1, factor=0.5, min_lr=[0.05, 0.2])
plateau([0.5, 0.6, 0.6, 0.59, 0.7, 0.69, 0.68], mode="max", patience=1, threshold=0.05, threshold_mode="abs")
s = plateau([torch.tensor(2.0), torch.tensor(1.5), torch.tensor(1.5)], patience=0)
for bad in [dict(factor=1.0), dict(mode="up"), dict(threshold_mode="x")]:
    try:
        S.ReduceLROnPlateau(opt_of(), **bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    S.CosineAnnealingWarmRestarts(opt_of(), T_0=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    S.OneCycleLR(opt_of(), max_lr=0.1)
except ValueError as e:
    print(type(e).__name__, e)
