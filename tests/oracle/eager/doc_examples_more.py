# Mirrors more `Example::` blocks of PyTorch's docstrings (torch/_torch_docs.py, _tensor_docs.py,
# torch/functional.py): nonzero, argwhere, unique, kthvalue, median / nanmedian, quantile,
# histogram, bincount, cumulative_trapezoid, trapezoid, diagflat, diagonal, tril_indices,
# triu_indices, outer, aminmax, amax, logcumsumexp, heaviside, gcd, lcm, bitwise_and, isin, isclose,
# atleast_2d, hstack, vstack, dstack, column_stack, movedim, swapaxes, unflatten, fmod, remainder,
# frac, signbit, copysign, take, flatten, unbind, Tensor.index_fill_ / index_copy_ / new_full /
# new_tensor / expand / repeat. Each `>>>` line that shows a value is printed; random inputs come
# from torch.manual_seed(0). doc_examples_more_compiled.py runs the same inside compiled functions.
import torch

torch.manual_seed(0)

print(torch.nonzero(torch.tensor([1, 1, 1, 0, 1])))
print(torch.nonzero(torch.tensor([[0.6, 0.0, 0.0, 0.0],
                                  [0.0, 0.4, 0.0, 0.0],
                                  [0.0, 0.0, 1.2, 0.0],
                                  [0.0, 0.0, 0.0, -0.4]])))
print(torch.nonzero(torch.tensor([1, 1, 1, 0, 1]), as_tuple=True))
print(torch.nonzero(torch.tensor([[0.6, 0.0, 0.0, 0.0],
                                  [0.0, 0.4, 0.0, 0.0],
                                  [0.0, 0.0, 1.2, 0.0],
                                  [0.0, 0.0, 0.0, -0.4]]), as_tuple=True))
print(torch.nonzero(torch.tensor(5), as_tuple=True))

t = torch.tensor([1, 0, 1])
print(torch.argwhere(t))
t = torch.tensor([[1, 0, 1], [0, 1, 1]])
print(torch.argwhere(t))

output = torch.unique(torch.tensor([1, 3, 2, 3], dtype=torch.long))
print(output)
output, inverse_indices = torch.unique(
    torch.tensor([1, 3, 2, 3], dtype=torch.long), sorted=True, return_inverse=True)
print(output)
print(inverse_indices)
output, inverse_indices = torch.unique(
    torch.tensor([[1, 3], [2, 3]], dtype=torch.long), sorted=True, return_inverse=True)
print(output)
print(inverse_indices)

x = torch.arange(1., 6.)
print(x)
print(torch.kthvalue(x, 4))
x = torch.arange(1., 7.).resize_(2, 3)
print(x)
print(torch.kthvalue(x, 2, 0, True))

a = torch.tensor([1, float('nan'), 3, 2])
print(a.median())
print(a.nanmedian())
a = torch.randn(1, 3)
print(a)
print(torch.median(a))

a = torch.randn(2, 3)
print(a)
q = torch.tensor([0.25, 0.5, 0.75])
print(torch.quantile(a, q, dim=1, keepdim=True))
print(torch.quantile(a, q, dim=1, keepdim=True).shape)
a = torch.arange(4.)
print(a)
print(torch.quantile(a, 0.6, interpolation='linear'))
print(torch.quantile(a, 0.6, interpolation='lower'))
print(torch.quantile(a, 0.6, interpolation='higher'))
print(torch.quantile(a, 0.6, interpolation='midpoint'))
print(torch.quantile(a, 0.6, interpolation='nearest'))
print(torch.quantile(a, 0.4, interpolation='nearest'))

print(torch.histogram(torch.tensor([1., 2, 1]), bins=4, range=(0., 3.), weight=torch.tensor([1., 2., 4.])))
print(torch.histogram(torch.tensor([1., 2, 1]), bins=4, range=(0., 3.), weight=torch.tensor([1., 2., 4.]),
                      density=True))

input = torch.randint(0, 8, (5,), dtype=torch.int64)
weights = torch.linspace(0, 1, steps=5)
print(input, weights)
print(torch.bincount(input))
print(input.bincount(weights))

y = torch.tensor([1, 5, 10])
print(torch.cumulative_trapezoid(y))
print(torch.cumulative_trapezoid(y, dx=2))
x = torch.tensor([1, 3, 6])
print(torch.cumulative_trapezoid(y, x))
y = torch.arange(9).reshape(3, 3)
print(torch.cumulative_trapezoid(y))
print(torch.cumulative_trapezoid(y, dim=0))

y = torch.tensor([1, 5, 10])
print(torch.trapezoid(y))
print(torch.trapezoid(y, dx=2))
x = torch.tensor([1, 3, 6])
print(torch.trapezoid(y, x))
y = torch.arange(9).reshape(3, 3)
print(torch.trapezoid(y))
print(torch.trapezoid(y, dim=0))
y = torch.ones(3, 3)
x = torch.tensor([1, 3, 6])
print(torch.trapezoid(y, x))

a = torch.randn(3)
print(a)
print(torch.diagflat(a))
print(torch.diagflat(a, 1))
a = torch.randn(2, 2)
print(a)
print(torch.diagflat(a))

a = torch.randn(3, 3)
print(a)
print(torch.diagonal(a, 0))
print(torch.diagonal(a, 1))
x = torch.randn(2, 5, 4, 2)
print(torch.diagonal(x, offset=-1, dim1=1, dim2=2))

print(torch.tril_indices(3, 3))
print(torch.tril_indices(4, 3, -1))
print(torch.tril_indices(4, 3, 1))
print(torch.triu_indices(3, 3))
print(torch.triu_indices(4, 3, -1))
print(torch.triu_indices(4, 3, 1))

v1 = torch.arange(1., 5.)
v2 = torch.arange(1., 4.)
print(torch.outer(v1, v2))

print(torch.aminmax(torch.tensor([1, -3, 5])))
print(torch.aminmax(torch.tensor([1, -3, 5, torch.nan])))
t = torch.arange(10).view(2, 5)
print(t)
print(t.aminmax(dim=0, keepdim=True))

a = torch.randn(4, 4)
print(a)
print(torch.amax(a, 1))

a = torch.randn(10)
print(torch.logcumsumexp(a, dim=0))

input = torch.tensor([-1.5, 0, 2.0])
values = torch.tensor([0.5])
print(torch.heaviside(input, values))
values = torch.tensor([1.2, -2.0, 3.5])
print(torch.heaviside(input, values))

a = torch.tensor([5, 10, 15])
b = torch.tensor([3, 4, 5])
print(torch.gcd(a, b))
c = torch.tensor([3])
print(torch.gcd(a, c))
print(torch.lcm(a, b))
print(torch.lcm(a, c))

print(torch.bitwise_and(torch.tensor([-1, -2, 3], dtype=torch.int8), torch.tensor([1, 0, 3], dtype=torch.int8)))
print(torch.bitwise_and(torch.tensor([True, True, False]), torch.tensor([False, True, False])))
print(torch.isin(torch.tensor([[1, 2], [3, 4]]), torch.tensor([2, 3])))
print(torch.isclose(torch.tensor((1., 2, 3)), torch.tensor((1 + 1e-10, 3, 4))))
print(torch.isclose(torch.tensor((float('inf'), 4)), torch.tensor((float('inf'), 6)), rtol=.5))

x = torch.tensor(1.)
print(x)
print(torch.atleast_2d(x))
x = torch.arange(4).view(2, 2)
print(x)
print(torch.atleast_2d(x))
x = torch.tensor(0.5)
y = torch.tensor(1.)
print(torch.atleast_2d((x, y)))

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
print(torch.hstack((a, b)))
print(torch.vstack((a, b)))
print(torch.dstack((a, b)))
print(torch.column_stack((a, b)))
a = torch.tensor([[1], [2], [3]])
b = torch.tensor([[4], [5], [6]])
print(torch.hstack((a, b)))
print(torch.vstack((a, b)))
print(torch.dstack((a, b)))
a = torch.arange(5)
b = torch.arange(10).reshape(5, 2)
print(torch.column_stack((a, b, b)))

t = torch.randn(3, 2, 1)
print(t)
print(torch.movedim(t, 1, 0).shape)
print(torch.movedim(t, 1, 0))
print(torch.movedim(t, (1, 2), (0, 1)).shape)
print(torch.movedim(t, (1, 2), (0, 1)))

x = torch.tensor([[[0, 1], [2, 3]], [[4, 5], [6, 7]]])
print(x)
print(torch.swapaxes(x, 0, 1))
print(torch.swapaxes(x, 0, 2))

print(torch.unflatten(torch.randn(3, 4, 1), 1, (2, 2)).shape)
print(torch.unflatten(torch.randn(3, 4, 1), 1, (-1, 2)).shape)
try:  # the docstring's third example does not match its input (the sizes multiply to 12, not 3)
    print(torch.unflatten(torch.randn(5, 12, 3), -1, (2, 2, 3, 1, 1)).shape)
except RuntimeError as e:
    print(type(e).__name__, e)

print(torch.fmod(torch.tensor([-3., -2, -1, 1, 2, 3]), 2))
print(torch.fmod(torch.tensor([1, 2, 3, 4, 5]), -1.5))
print(torch.remainder(torch.tensor([-3., -2, -1, 1, 2, 3]), 2))
print(torch.remainder(torch.tensor([1, 2, 3, 4, 5]), -1.5))
print(torch.frac(torch.tensor([1, 2.5, -3.2])))
a = torch.tensor([0.7, -1.2, 0., 2.3])
print(torch.signbit(a))
a = torch.tensor([-0.0, 0.0])
print(torch.signbit(a))

a = torch.randn(5)
print(a)
print(torch.copysign(a, 1))
a = torch.randn(4, 4)
print(a)
b = torch.randn(4)
print(torch.copysign(a, b))
a = torch.tensor([1.])
b = torch.tensor([-0.])
print(torch.copysign(a, b))

src = torch.tensor([[4, 3, 5],
                    [6, 7, 8]])
print(torch.take(src, torch.tensor([0, 2, 5])))
t = torch.tensor([[[1, 2],
                   [3, 4]],
                  [[5, 6],
                   [7, 8]]])
print(torch.flatten(t))
print(torch.flatten(t, start_dim=1))
print(torch.unbind(torch.tensor([[1, 2, 3],
                                 [4, 5, 6],
                                 [7, 8, 9]])))

x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
index = torch.tensor([0, 2])
print(x.index_fill_(1, index, -1))
x = torch.zeros(5, 3)
t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
index = torch.tensor([0, 4, 2])
print(x.index_copy_(0, index, t))
tensor = torch.ones((2,), dtype=torch.float64)
print(tensor.new_full((3, 4), 3.141592))
tensor = torch.ones((2,), dtype=torch.int8)
data = [[0, 1], [2, 3]]
print(tensor.new_tensor(data))
x = torch.tensor([[1], [2], [3]])
print(x.size())
print(x.expand(3, 4))
print(x.expand(-1, 4))
x = torch.tensor([1, 2, 3])
print(x.repeat(4, 2))
print(x.repeat(4, 2, 1).size())
