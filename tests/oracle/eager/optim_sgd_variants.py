# SGD variants: plain, momentum, dampening, nesterov, weight_decay, maximize; five steps each on
# a small quadratic, and nesterov's argument error.
import torch


def run(**kw):
    w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1, **kw)
    for _ in range(5):
        opt.zero_grad(set_to_none=True)
        loss = ((w - torch.tensor([0.3, 0.1, -0.2])) ** 2).sum() + w.prod()
        loss.backward()
        opt.step()
    print(sorted(kw.items()), w.detach(), round(loss.item(), 6))


run()
run(momentum=0.9)
run(momentum=0.9, dampening=0.5)
run(momentum=0.9, nesterov=True)
run(weight_decay=0.1)
run(momentum=0.5, weight_decay=0.01, nesterov=True)
run(maximize=True)
run(momentum=0.9, maximize=True)
try:
    torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1, nesterov=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=-1)
except Exception as e:
    print(type(e).__name__, e)
