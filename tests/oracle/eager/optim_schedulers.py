# The four lr schedulers: StepLR, ExponentialLR, CosineAnnealingLR, LambdaLR; get_last_lr per
# epoch, two param groups, and scheduler state_dict.
import torch


def trace(make, n=8):
    p = torch.zeros(1, requires_grad=True)
    q = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([{"params": [p]}, {"params": [q], "lr": 0.5}], lr=0.1)
    sched = make(opt)
    lrs = []
    for _ in range(n):
        opt.step()
        sched.step()
        lrs.append(["%.6f" % lr for lr in sched.get_last_lr()])
    print(type(sched).__name__, lrs)
    return sched


trace(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5))
trace(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9))
trace(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=4, eta_min=0.01), n=10)
s = trace(lambda o: torch.optim.lr_scheduler.LambdaLR(o, lambda e: 1.0 / (e + 1)))
print(s.last_epoch, s.base_lrs)
s2 = trace(lambda o: torch.optim.lr_scheduler.StepLR(o, 2))
print(sorted(k for k in s2.state_dict().keys() if not k.startswith("_get") and k != "verbose"))
print(s2.state_dict()["last_epoch"], s2.state_dict()["step_size"])
