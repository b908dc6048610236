# doc_examples_math.py (the docstring examples of cumsum, cumprod, cummax, einsum, cdist, histc,
# nan_to_num, clamp, lerp, logsumexp, trace, tensordot, renorm, count_nonzero) with each example's
# ops inside a torch.compile'd function: the compiled calls must print what eager PyTorch prints
# (expected output from PyTorch 1.13, torch.compile as identity).
import torch

torch.manual_seed(0)


@torch.compile
def cumulative(a, b, c):
    first = torch.cumprod(b, dim=0)
    b[5] = 0.0
    return torch.cumsum(a, dim=0), first, torch.cumprod(b, dim=0), torch.cummax(c, dim=0)


a = torch.randn(10)
b = torch.randn(10)
c = torch.randn(10)
for r in cumulative(a, b, c):
    print(r)
print(b)


@torch.compile
def einsum(m1, m2, x, y, As, Bs, A4, A, l, r):
    return (torch.einsum('ii', m1), torch.einsum('ii->i', m2), torch.einsum('i,j->ij', x, y),
            torch.einsum('bij,bjk->bik', As, Bs), torch.einsum(As, [..., 0, 1], Bs, [..., 1, 2], [..., 0, 2]),
            torch.einsum('...ij->...ji', A4).shape, torch.einsum('bn,anm,bm->ba', l, A, r))


for r in einsum(torch.randn(4, 4), torch.randn(4, 4), torch.randn(5), torch.randn(4), torch.randn(3, 2, 5),
                torch.randn(3, 5, 4), torch.randn(2, 3, 4, 5), torch.randn(3, 5, 4), torch.randn(2, 5),
                torch.randn(2, 4)):
    print(r)


@torch.compile
def cdist(a, b):
    return torch.cdist(a, b, p=2)


print(cdist(torch.tensor([[0.9041, 0.0196], [-0.3108, -2.4423], [-0.4821, 1.059]]),
            torch.tensor([[-2.1763, -0.4713], [-0.6986, 1.3702]])))


@torch.compile
def histc():
    return torch.histc(torch.tensor([1., 2, 1]), bins=4, min=0, max=3)


print(histc())


@torch.compile
def nan_to_num(x):
    return torch.nan_to_num(x), torch.nan_to_num(x, nan=2.0), torch.nan_to_num(x, nan=2.0, posinf=1.0)


for r in nan_to_num(torch.tensor([float('nan'), float('inf'), -float('inf'), 3.14])):
    print(r)


@torch.compile
def clamp(a):
    min = torch.linspace(-1, 1, steps=4)
    return torch.clamp(a, min=-0.5, max=0.5), torch.clamp(a, min=min)


a = torch.randn(4)
print(a)
for r in clamp(a):
    print(r)


@torch.compile
def lerp():
    start = torch.arange(1., 5.)
    end = torch.empty(4).fill_(10)
    return torch.lerp(start, end, 0.5), torch.lerp(start, end, torch.full_like(start, 0.5))


for r in lerp():
    print(r)


@torch.compile
def logsumexp(a):
    return torch.logsumexp(a, 1)


print(logsumexp(torch.randn(3, 3)))


@torch.compile
def trace_tensordot():
    x = torch.arange(1., 10.).view(3, 3)
    a = torch.arange(60.).reshape(3, 4, 5)
    b = torch.arange(24.).reshape(4, 3, 2)
    return torch.trace(x), torch.tensordot(a, b, dims=([1, 0], [0, 1]))


for r in trace_tensordot():
    print(r)


@torch.compile
def renorm(x):
    x[1].fill_(2)
    x[2].fill_(3)
    return torch.renorm(x, 1, 0, 5)


x = torch.ones(3, 3)
print(renorm(x))
print(x)


@torch.compile
def count_nonzero(x, mask):
    x[mask] = 1
    return torch.count_nonzero(x), torch.count_nonzero(x, dim=0)


x = torch.zeros(3, 3)
print(count_nonzero(x, torch.randn(3, 3) > 0.5))
print(x)
