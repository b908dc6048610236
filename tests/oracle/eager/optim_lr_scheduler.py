# Learning-rate schedulers: StepLR, ExponentialLR, CosineAnnealingLR, LambdaLR.
import torch


def make():
    return torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)


for name, ctor in [("StepLR", lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5)),
                   ("ExponentialLR", lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9)),
                   ("CosineAnnealingLR", lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=4)),
                   ("CosineAnnealingLR eta", lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 3, eta_min=0.01)),
                   ("LambdaLR", lambda o: torch.optim.lr_scheduler.LambdaLR(o, lambda e: 1.0 / (e + 1)))]:
    opt = make()
    sched = ctor(opt)
    lrs = []
    for epoch in range(8):
        opt.step()
        sched.step()
        lrs.append(round(sched.get_last_lr()[0], 6))
    print(name, lrs, sched.last_epoch, opt.param_groups[0]["initial_lr"])
