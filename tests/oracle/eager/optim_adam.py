# Adam and AdamW, with and without amsgrad and weight decay.
import torch

configs = [("Adam", dict(lr=0.1)), ("Adam", dict(lr=0.1, amsgrad=True)), ("Adam", dict(lr=0.05, weight_decay=0.1)),
           ("Adam", dict(lr=0.1, betas=(0.8, 0.9))), ("AdamW", dict(lr=0.1)), ("AdamW", dict(lr=0.1, weight_decay=0.5))]
for name, cfg in configs:
    w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    opt = getattr(torch.optim, name)([w], **cfg)
    for _ in range(10):
        opt.zero_grad()
        ((w - 1) ** 2 * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
        opt.step()
    print(name, sorted(cfg.items()), w)
    print(opt.state[w]["step"], opt.state[w]["exp_avg"])
