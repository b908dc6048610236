# SGD variants: plain, momentum, dampening, nesterov, weight decay, maximize.
import torch

configs = [dict(lr=0.1), dict(lr=0.1, momentum=0.9), dict(lr=0.1, momentum=0.9, dampening=0.5),
           dict(lr=0.1, momentum=0.9, nesterov=True), dict(lr=0.1, weight_decay=0.01),
           dict(lr=0.05, momentum=0.5, weight_decay=0.1, maximize=True)]
for cfg in configs:
    w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    opt = torch.optim.SGD([w], **cfg)
    for _ in range(5):
        opt.zero_grad()
        ((w - 1) ** 2 * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
        opt.step()
    print(sorted(cfg.items()), w)
