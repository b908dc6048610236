# Gradients of cumsum, cumprod, std and var (unbiased/biased, dim, keepdim), mean over dims.
import torch

x = torch.tensor([[1.0, 2.0, 4.0], [0.5, -1.0, 3.0]], requires_grad=True)
c = x.cumsum(dim=1)
print(c, c.grad_fn.name())
(c * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
x.grad = None
x.cumsum(0).sum().backward()
print(x.grad)
for f in ("std", "var"):
    for kw in ({}, {"unbiased": False}, {"dim": 1}, {"dim": 0, "keepdim": True}):
        x.grad = None
        r = getattr(x, f)(**kw)
        r.sum().backward()
        print(f, sorted(kw), r.detach(), r.grad_fn.name())
        print(x.grad)
x.grad = None
x.mean(dim=(0, 1)).backward()
print(x.grad)
y = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y.cumprod(0).sum().backward()
print(y.grad)
