# Spec: docs/eager-semantics.md — torch.optim.lr_scheduler.LinearLR, ConstantLR and MultiStepLR with
# the chainable get_lr formulas of torch/optim/lr_scheduler.py (PyTorch 2.x), stepped after
# optimizer.step(); the printed rates equal PyTorch 1.13's at full precision.
import torch
torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
for sched_fn in [lambda o: torch.optim.lr_scheduler.LinearLR(o, total_iters=5),
                 lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.5, end_factor=0.1, total_iters=3),
                 lambda o: torch.optim.lr_scheduler.ConstantLR(o, factor=0.5, total_iters=2),
                 lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[2, 4, 4], gamma=0.5)]:
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    sched = sched_fn(opt)
    for _ in range(7):
        model(torch.ones(3)).sum().backward()
        opt.step()
        sched.step()
        print(opt.param_groups[0]["lr"], sched.get_last_lr())
print(model.weight)
