# doc_examples_more.py (more docstring examples: nonzero, argwhere, unique, kthvalue, median,
# quantile, histogram, bincount, trapezoid, cumulative_trapezoid, diagflat, diagonal, tril/triu
# indices, outer, aminmax, logcumsumexp, heaviside, gcd, lcm, isin, isclose, stacking, movedim,
# swapaxes, unflatten, fmod, remainder, frac, signbit, copysign, take, flatten, unbind, index_fill_,
# index_copy_, new_full, new_tensor, expand, repeat) with the ops inside torch.compile'd functions:
# the compiled calls must print what eager PyTorch prints (expected output from PyTorch 1.13,
# torch.compile as identity).
import torch

torch.manual_seed(0)


@torch.compile
def selection(v, m, x):
    return (torch.nonzero(v), torch.nonzero(m), torch.nonzero(v, as_tuple=True), torch.argwhere(m),
            torch.unique(x), torch.unique(x, sorted=True, return_inverse=True), torch.kthvalue(x.float(), 2))


for r in selection(torch.tensor([1, 1, 1, 0, 1]), torch.tensor([[0.6, 0.0], [0.0, -0.4]]),
                   torch.tensor([1, 3, 2, 3])):
    print(r)


@torch.compile
def statistics(a, b, q):
    return (a.median(), a.nanmedian(), torch.quantile(b, q, dim=1, keepdim=True),
            torch.quantile(torch.arange(4.), 0.6, interpolation='nearest'),
            torch.quantile(torch.arange(4.), 0.6, interpolation='midpoint'))


for r in statistics(torch.tensor([1, float('nan'), 3, 2]), torch.randn(2, 3), torch.tensor([0.25, 0.5, 0.75])):
    print(r)


@torch.compile
def counting(x, w, ints, weights):
    return (torch.histogram(x, bins=4, range=(0., 3.), weight=w),
            torch.histogram(x, bins=4, range=(0., 3.), weight=w, density=True),
            torch.bincount(ints), ints.bincount(weights))


for r in counting(torch.tensor([1., 2, 1]), torch.tensor([1., 2., 4.]), torch.randint(0, 8, (5,), dtype=torch.int64),
                  torch.linspace(0, 1, steps=5)):
    print(r)


@torch.compile
def integration(y, x, m):
    return (torch.trapezoid(y), torch.trapezoid(y, dx=2), torch.trapezoid(y, x), torch.trapezoid(m, dim=0),
            torch.cumulative_trapezoid(y), torch.cumulative_trapezoid(y, x), torch.cumulative_trapezoid(m, dim=0))


for r in integration(torch.tensor([1, 5, 10]), torch.tensor([1, 3, 6]), torch.arange(9).reshape(3, 3)):
    print(r)


@torch.compile
def shapes(a, m, x4):
    return (torch.diagflat(a), torch.diagflat(a, 1), torch.diagonal(m, 1),
            torch.diagonal(x4, offset=-1, dim1=1, dim2=2), torch.tril_indices(4, 3, -1), torch.triu_indices(4, 3, 1),
            torch.outer(torch.arange(1., 5.), torch.arange(1., 4.)), torch.movedim(x4, (1, 2), (0, 1)).shape,
            torch.swapaxes(x4, 0, 2).shape, torch.unflatten(m, 1, (-1, 1)).shape)


for r in shapes(torch.randn(3), torch.randn(3, 3), torch.randn(2, 5, 4, 2)):
    print(r)


@torch.compile
def pointwise(a, b, i, j):
    return (torch.aminmax(i), torch.logcumsumexp(a, dim=0), torch.heaviside(torch.tensor([-1.5, 0, 2.0]), b),
            torch.gcd(i, j), torch.lcm(i, j), torch.isin(i, j), torch.isclose(a, a + 1e-10),
            torch.fmod(a, 2), torch.remainder(a, -1.5), torch.frac(a), torch.signbit(a), torch.copysign(a, -1))


for r in pointwise(torch.randn(5), torch.tensor([0.5]), torch.tensor([5, 10, 15]), torch.tensor([3, 4, 5])):
    print(r)


@torch.compile
def stacking(a, b, c, d):
    return (torch.atleast_2d(a[0]), torch.hstack((a, b)), torch.vstack((a, b)), torch.dstack((c, d)),
            torch.column_stack((a, b)), torch.take(c, torch.tensor([0, 2])), torch.flatten(c), torch.unbind(c))


for r in stacking(torch.tensor([1, 2, 3]), torch.tensor([4, 5, 6]), torch.tensor([[1], [2], [3]]),
                  torch.tensor([[4], [5], [6]])):
    print(r)


@torch.compile
def tensor_methods(x, z, t):
    filled = x.index_fill_(1, torch.tensor([0, 2]), -1)
    copied = z.index_copy_(0, torch.tensor([0, 4, 2]), t)
    return (filled, copied, x.new_full((2, 2), 3.141592), t[0].expand(3, 3), t[0].repeat(2, 2))


x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
z = torch.zeros(5, 3)
for r in tensor_methods(x, z, torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)):
    print(r)
print(x)
print(z)
