# F.pdist / torch.pdist for p = 2, 1, 0, inf, 3 and 1.5 over rows shorter and longer than a vector
# (8 float lanes), gradients (PdistBackward0), double input, empty results and argument errors; inside a
# torch.compile'd function too.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for shape in ((4, 3), (5, 8), (3, 21)):
    x = torch.randn(*shape, requires_grad=True)
    for p in (2, 1, 0, float("inf"), 3, 1.5):
        y = F.pdist(x, p)
        print(shape, p, y)
        (y * torch.arange(1.0, y.numel() + 1)).sum().backward()
        print(x.grad)
        x.grad = None
xd = torch.randn(3, 5, dtype=torch.float64)
print(torch.pdist(xd), torch.pdist(torch.randn(1, 3)), torch.pdist(torch.randn(0, 3)))
z = torch.tensor([[1.0, 2.0], [1.0, 2.0], [0.0, 2.0]], requires_grad=True)
y = torch.pdist(z)
print(y)
y.sum().backward()
print(z.grad)
for args in ((torch.randn(2, 3, 4),), (torch.ones(3, 2, dtype=torch.long),), (z, -1.0)):
    try:
        torch.pdist(*args)
    except Exception as e:
        print(type(e).__name__, e)


@torch.compile
def f(x):
    return F.pdist(x) * 2, torch.pdist(x, 1)


print(f(torch.randn(4, 10)))
