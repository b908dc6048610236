# RMSprop: plain, momentum, centered, weight decay.
import torch

configs = [dict(lr=0.01), dict(lr=0.01, momentum=0.9), dict(lr=0.01, centered=True),
           dict(lr=0.01, weight_decay=0.1, alpha=0.9)]
for cfg in configs:
    w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    opt = torch.optim.RMSprop([w], **cfg)
    for _ in range(10):
        opt.zero_grad()
        ((w - 1) ** 2 * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
        opt.step()
    print(sorted(cfg.items()), w)
