# AdaptiveMaxPool1d/2d and F.adaptive_max_pool1d/2d (return_indices, None sizes, uneven windows, ties),
# gradients, reprs and errors; F.gumbel_softmax (soft and hard, tau, dim) with a seeded generator.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter("ignore")
torch.manual_seed(0)
x = torch.randn(2, 2, 5, 7, requires_grad=True)
for mod in (nn.AdaptiveMaxPool2d(3), nn.AdaptiveMaxPool2d((2, 4), return_indices=True),
            nn.AdaptiveMaxPool2d((None, 3)), nn.AdaptiveMaxPool2d(1), nn.AdaptiveMaxPool2d((5, 7))):
    y = mod(x)
    print(mod, y)
    out = y[0] if isinstance(y, tuple) else y
    (out * torch.arange(float(out.numel())).view(out.shape)).sum().backward()
    print(x.grad)
    x.grad = None
print(F.adaptive_max_pool2d(x[0], (3, 2), return_indices=True))
t = torch.tensor([[[1.0, 3.0, 3.0, 2.0], [3.0, 0.0, 1.0, 3.0]]])
print(F.adaptive_max_pool2d(t, (1, 2), return_indices=True))
x1 = torch.randn(2, 3, 8, requires_grad=True)
for mod in (nn.AdaptiveMaxPool1d(3), nn.AdaptiveMaxPool1d(5, return_indices=True)):
    y = mod(x1)
    print(mod, y)
    out = y[0] if isinstance(y, tuple) else y
    out.sum().backward()
    print(x1.grad)
    x1.grad = None
print(F.adaptive_max_pool1d(x1[0], 4, return_indices=True))
print(torch.adaptive_max_pool1d(x1, (2,)))
for fn in (lambda: F.adaptive_max_pool2d(torch.randn(2, 3), 2),
           lambda: F.adaptive_max_pool2d(torch.randn(1, 0, 4, 4), 2),
           lambda: F.adaptive_max_pool1d(torch.randn(2, 3, 4, 5), 2),
           lambda: F.adaptive_max_pool1d(torch.randn(1, 2, 4), (2, 3))):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

torch.manual_seed(1)
logits = torch.randn(3, 5, requires_grad=True)
for kw in ({}, {"tau": 0.5}, {"hard": True}, {"dim": 0, "tau": 2.0}, {"hard": True, "dim": 0}):
    y = F.gumbel_softmax(logits, **kw)
    print(sorted(kw.items()), y)
    (y * torch.arange(15.0).view(3, 5)).sum().backward()
    print(logits.grad)
    logits.grad = None
print(F.gumbel_softmax(torch.zeros(40)).sum())
print(torch.randn(2))


@torch.compile
def f(x, x1):
    return F.adaptive_max_pool2d(x, (2, 3)), F.adaptive_max_pool1d(x1, 3, return_indices=True)


print(f(x, x1))
