# Linear regression with AdamW and an ExponentialLR schedule for 20 steps, eager and compiled
# step function.
import torch

torch.manual_seed(0)
X = torch.randn(20, 2)
Y = X @ torch.tensor([2.0, -1.0]) + 0.5
for compiled in (False, True):
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    opt = torch.optim.AdamW([w, b], lr=0.1, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, 0.95)

    def loss_fn(X, Y):
        return ((X @ w + b - Y) ** 2).mean()

    f = torch.compile(loss_fn) if compiled else loss_fn
    out = []
    for step in range(20):
        opt.zero_grad(set_to_none=True)
        loss = f(X, Y)
        loss.backward()
        opt.step()
        sched.step()
        out.append("%.4f" % loss.item())
    print("compiled" if compiled else "eager", " ".join(out))
    print(w.detach(), b.detach())
