# RMSprop variants: alpha, momentum, centered, weight_decay, maximize.
import torch


def run(**kw):
    w = torch.tensor([[1.0, -0.5], [0.25, 2.0]], requires_grad=True)
    opt = torch.optim.RMSprop([w], lr=0.01, **kw)
    for _ in range(5):
        opt.zero_grad(set_to_none=True)
        loss = (w.sin() * w).sum()
        loss.backward()
        opt.step()
    print(sorted(kw.items()), w.detach().flatten(), sorted(opt.state[w].keys()))


run()
run(alpha=0.9)
run(momentum=0.8)
run(centered=True)
run(centered=True, momentum=0.5)
run(weight_decay=0.2)
run(maximize=True)
d = torch.optim.RMSprop([torch.zeros(1, requires_grad=True)]).defaults
print([(k, d[k]) for k in ("lr", "momentum", "alpha", "eps", "centered", "weight_decay", "maximize")])
