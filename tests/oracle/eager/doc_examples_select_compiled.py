# doc_examples_select.py (the docstring examples of gather, scatter_, scatter_add_, index_add_,
# where, masked_select, take_along_dim, index_select, bucketize, searchsorted, unique_consecutive,
# topk, sort, argsort) with each example's ops inside a torch.compile'd function: the compiled calls
# must print what eager PyTorch prints (expected output from PyTorch 1.13, torch.compile as identity).
import torch

torch.manual_seed(0)


@torch.compile
def gather(t):
    return torch.gather(t, 1, torch.tensor([[0, 0], [1, 0]]))


print(gather(torch.tensor([[1, 2], [3, 4]])))


@torch.compile
def scatter(src):
    index = torch.tensor([[0, 1, 2, 0]])
    a = torch.zeros(3, 5, dtype=src.dtype).scatter_(0, index, src)
    index = torch.tensor([[0, 1, 2], [0, 1, 4]])
    b = torch.zeros(3, 5, dtype=src.dtype).scatter_(1, index, src)
    return a, b


print(scatter(torch.arange(1, 11).reshape((2, 5))))


@torch.compile
def scatter_add(src, index):
    return torch.zeros(3, 5, dtype=src.dtype).scatter_add_(0, index, src)


src = torch.ones((2, 5))
print(scatter_add(src, torch.tensor([[0, 1, 2, 0, 0]])))
print(scatter_add(src, torch.tensor([[0, 1, 2, 0, 0], [0, 1, 2, 2, 2]])))


@torch.compile
def index_add(x, index, t):
    first = x.index_add_(0, index, t).clone()
    return first, x.index_add_(0, index, t, alpha=-1)


x = torch.ones(5, 3)
t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
first, second = index_add(x, torch.tensor([0, 4, 2]), t)
print(first)
print(second)
print(x)


@torch.compile
def where(x, y):
    return torch.where(x > 0, x, y)


@torch.compile
def where_scalar(x):
    return torch.where(x > 0, x, 0.)


x = torch.randn(3, 2)
print(x)
print(where(x, torch.ones(3, 2)))
x = torch.randn(2, 2, dtype=torch.double)
print(x)
print(where_scalar(x))


@torch.compile
def masked_select(x):
    mask = x.ge(0.5)
    return mask, torch.masked_select(x, mask)


x = torch.randn(3, 4)
print(x)
mask, selected = masked_select(x)
print(mask)
print(selected)


@torch.compile
def take_along_dim(t):
    max_idx = torch.argmax(t)
    sorted_idx = torch.argsort(t, dim=1)
    return torch.take_along_dim(t, max_idx), torch.take_along_dim(t, sorted_idx, dim=1)


a, b = take_along_dim(torch.tensor([[10, 30, 20], [60, 40, 50]]))
print(a)
print(b)


@torch.compile
def index_select(x, indices):
    return torch.index_select(x, 0, indices), torch.index_select(x, 1, indices)


x = torch.randn(3, 4)
print(x)
rows, cols = index_select(x, torch.tensor([0, 2]))
print(rows)
print(cols)


@torch.compile
def bucketize(v, boundaries):
    return torch.bucketize(v, boundaries), torch.bucketize(v, boundaries, right=True)


boundaries = torch.tensor([1, 3, 5, 7, 9])
v = torch.tensor([[3, 6, 9], [3, 6, 9]])
left, right = bucketize(v, boundaries)
print(left)
print(right)


@torch.compile
def searchsorted(sorted_sequence, values, sorted_sequence_1d):
    return (torch.searchsorted(sorted_sequence, values),
            torch.searchsorted(sorted_sequence, values, side='right'),
            torch.searchsorted(sorted_sequence_1d, values))


for r in searchsorted(torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]]), torch.tensor([[3, 6, 9], [3, 6, 9]]),
                      torch.tensor([1, 3, 5, 7, 9])):
    print(r)


@torch.compile
def unique_consecutive(x):
    output = torch.unique_consecutive(x)
    _, inverse_indices = torch.unique_consecutive(x, return_inverse=True)
    _, counts = torch.unique_consecutive(x, return_counts=True)
    return output, inverse_indices, counts


output, inverse_indices, counts = unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1, 2]))
print(output)
print(inverse_indices)
print(counts)


@torch.compile
def topk(x):
    return torch.topk(x, 3)


print(topk(torch.arange(1., 6.)))


@torch.compile
def sort(x):
    sorted, indices = torch.sort(x)
    sorted0, indices0 = torch.sort(x, 0)
    return sorted, indices, sorted0, indices0


for r in sort(torch.randn(3, 4)):
    print(r)


@torch.compile
def stable_sort(x):
    return x.sort(stable=True)


print(stable_sort(torch.tensor([0, 1] * 9)))


@torch.compile
def argsort(a):
    return torch.argsort(a, dim=1)


a = torch.randn(4, 4)
print(a)
print(argsort(a))
