# lr schedulers driving Adam: the lr each step, the effect on the parameter, and get_last_lr after
# stepping the scheduler more than T_max.
import torch


def run(make, steps=6):
    w = torch.tensor([1.0, -1.0], requires_grad=True)
    opt = torch.optim.Adam([w], lr=0.2)
    sched = make(opt)
    for _ in range(steps):
        opt.zero_grad(set_to_none=True)
        (w ** 2).sum().backward()
        opt.step()
        sched.step()
    print(type(sched).__name__, w.detach(), ["%.5f" % v for v in sched.get_last_lr()], opt.param_groups[0]["lr"])


run(lambda o: torch.optim.lr_scheduler.StepLR(o, 2, gamma=0.1))
run(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, 0.5))
run(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=3))
run(lambda o: torch.optim.lr_scheduler.LambdaLR(o, lambda e: 0.9 ** e))
