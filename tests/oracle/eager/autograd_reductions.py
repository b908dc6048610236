# Gradients of sum/mean/max/min/amax/var/std/cumsum.
import torch

x0 = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
cases = {
    "sum": lambda t: t.sum(),
    "sum_dim": lambda t: (t.sum(1) * torch.tensor([1.0, 2.0])).sum(),
    "mean": lambda t: t.mean(),
    "mean_keep": lambda t: (t.mean(0, keepdim=True) ** 2).sum(),
    "max": lambda t: t.max(),
    "max_dim": lambda t: t.max(dim=1).values.sum(),
    "min_dim": lambda t: t.min(0)[0].sum(),
    "amax": lambda t: t.amax(1).sum(),
    "var": lambda t: t.var(),
    "std_dim": lambda t: t.std(1).sum(),
    "cumsum": lambda t: (t.cumsum(1) * torch.tensor([1.0, 2.0, 3.0])).sum(),
    "prod_free": lambda t: (t * t).sum(),
}
for name, f in cases.items():
    x = x0.clone().requires_grad_()
    f(x).backward()
    print(name, x.grad)
