# Mirrors the `Example::` blocks of PyTorch's docstrings (torch/_torch_docs.py, _tensor_docs.py) for
# selecting and sorting ops: torch.gather, Tensor.scatter_ / scatter_add_ / index_add_,
# torch.where, torch.masked_select, torch.take_along_dim, torch.index_select, torch.bucketize,
# torch.searchsorted, torch.unique_consecutive, torch.topk, torch.sort, torch.argsort. Each `>>>`
# line that shows a value is printed; the random inputs come from torch.manual_seed(0) instead of
# the docstring's unseeded draws. doc_examples_select_compiled.py runs the same inside compiled
# functions.
import torch

torch.manual_seed(0)

# torch.gather
t = torch.tensor([[1, 2], [3, 4]])
print(torch.gather(t, 1, torch.tensor([[0, 0], [1, 0]])))

# Tensor.scatter_
src = torch.arange(1, 11).reshape((2, 5))
print(src)
index = torch.tensor([[0, 1, 2, 0]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_(0, index, src))
index = torch.tensor([[0, 1, 2], [0, 1, 4]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_(1, index, src))

# Tensor.scatter_add_
src = torch.ones((2, 5))
index = torch.tensor([[0, 1, 2, 0, 0]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_add_(0, index, src))
index = torch.tensor([[0, 1, 2, 0, 0], [0, 1, 2, 2, 2]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_add_(0, index, src))

# Tensor.index_add_
x = torch.ones(5, 3)
t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
index = torch.tensor([0, 4, 2])
print(x.index_add_(0, index, t))
print(x.index_add_(0, index, t, alpha=-1))

# torch.where
x = torch.randn(3, 2)
y = torch.ones(3, 2)
print(x)
print(torch.where(x > 0, x, y))
x = torch.randn(2, 2, dtype=torch.double)
print(x)
print(torch.where(x > 0, x, 0.))

# torch.masked_select
x = torch.randn(3, 4)
print(x)
mask = x.ge(0.5)
print(mask)
print(torch.masked_select(x, mask))

# torch.take_along_dim
t = torch.tensor([[10, 30, 20], [60, 40, 50]])
max_idx = torch.argmax(t)
print(torch.take_along_dim(t, max_idx))
sorted_idx = torch.argsort(t, dim=1)
print(torch.take_along_dim(t, sorted_idx, dim=1))

# torch.index_select
x = torch.randn(3, 4)
print(x)
indices = torch.tensor([0, 2])
print(torch.index_select(x, 0, indices))
print(torch.index_select(x, 1, indices))

# torch.bucketize
boundaries = torch.tensor([1, 3, 5, 7, 9])
print(boundaries)
v = torch.tensor([[3, 6, 9], [3, 6, 9]])
print(v)
print(torch.bucketize(v, boundaries))
print(torch.bucketize(v, boundaries, right=True))

# torch.searchsorted
sorted_sequence = torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]])
print(sorted_sequence)
values = torch.tensor([[3, 6, 9], [3, 6, 9]])
print(values)
print(torch.searchsorted(sorted_sequence, values))
print(torch.searchsorted(sorted_sequence, values, side='right'))
sorted_sequence_1d = torch.tensor([1, 3, 5, 7, 9])
print(sorted_sequence_1d)
print(torch.searchsorted(sorted_sequence_1d, values))

# torch.unique_consecutive
x = torch.tensor([1, 1, 2, 2, 3, 1, 1, 2])
output = torch.unique_consecutive(x)
print(output)
output, inverse_indices = torch.unique_consecutive(x, return_inverse=True)
print(output)
print(inverse_indices)
output, counts = torch.unique_consecutive(x, return_counts=True)
print(output)
print(counts)

# torch.topk
x = torch.arange(1., 6.)
print(x)
print(torch.topk(x, 3))

# torch.sort
x = torch.randn(3, 4)
sorted, indices = torch.sort(x)
print(sorted)
print(indices)
sorted, indices = torch.sort(x, 0)
print(sorted)
print(indices)
x = torch.tensor([0, 1] * 9)
print(x.sort(stable=True))

# torch.argsort
a = torch.randn(4, 4)
print(a)
print(torch.argsort(a, dim=1))
