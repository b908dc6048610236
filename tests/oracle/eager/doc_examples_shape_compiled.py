# doc_examples_shape.py (the docstring examples of tril, triu, diff, kron, roll, flip, rot90,
# meshgrid, cartesian_prod, block_diag, repeat_interleave, tensor_split, chunk, narrow, vander,
# combinations, diag_embed, Tensor.unfold) with each example's ops inside a torch.compile'd
# function: the compiled calls must print what eager PyTorch prints (expected output from PyTorch
# 1.13, torch.compile as identity).
import itertools

import torch

torch.manual_seed(0)


@torch.compile
def tril(a, b):
    return torch.tril(a), torch.tril(b, diagonal=1), torch.tril(b, diagonal=-1)


a = torch.randn(3, 3)
b = torch.randn(4, 6)
for r in tril(a, b):
    print(r)


@torch.compile
def triu(a):
    return torch.triu(a), torch.triu(a, diagonal=1), torch.triu(a, diagonal=-1)


for r in triu(torch.randn(3, 3)):
    print(r)


@torch.compile
def diff(a, b, c):
    return torch.diff(a), torch.diff(a, append=b), torch.diff(c, dim=0), torch.diff(c, dim=1)


for r in diff(torch.tensor([1, 3, 2]), torch.tensor([4, 5]), torch.tensor([[1, 2, 3], [3, 4, 5]])):
    print(r)


@torch.compile
def kron():
    mat1 = torch.eye(2)
    return torch.kron(mat1, torch.ones(2, 2)), torch.kron(mat1, torch.arange(1, 5).reshape(2, 2))


for r in kron():
    print(r)


@torch.compile
def roll(x):
    return (torch.roll(x, 1), torch.roll(x, 1, 0), torch.roll(x, -1, 0),
            torch.roll(x, shifts=(2, 1), dims=(0, 1)))


for r in roll(torch.tensor([1, 2, 3, 4, 5, 6, 7, 8]).view(4, 2)):
    print(r)


@torch.compile
def flip(x):
    return torch.flip(x, [0, 1])


print(flip(torch.arange(8).view(2, 2, 2)))


@torch.compile
def rot90(x, dims):
    return torch.rot90(x, 1, dims)


print(rot90(torch.arange(4).view(2, 2), [0, 1]))
print(rot90(torch.arange(8).view(2, 2, 2), [1, 2]))


@torch.compile
def meshgrid(x, y):
    grid_x, grid_y = torch.meshgrid(x, y, indexing='ij')
    same = torch.equal(torch.cat(tuple(torch.dstack([grid_x, grid_y]))), torch.cartesian_prod(x, y))
    return grid_x, grid_y, same


for r in meshgrid(torch.tensor([1, 2, 3]), torch.tensor([4, 5, 6])):
    print(r)


@torch.compile
def cartesian_prod(a, b):
    return list(itertools.product(a, b)), torch.cartesian_prod(torch.tensor(a), torch.tensor(b))


pairs, prod = cartesian_prod([1, 2, 3], [4, 5])
print(pairs)
print(prod)


@torch.compile
def block_diag(A, B, C, D, E):
    return torch.block_diag(A, B, C, D, E)


print(block_diag(torch.tensor([[0, 1], [1, 0]]), torch.tensor([[3, 4, 5], [6, 7, 8]]), torch.tensor(7),
                 torch.tensor([1, 2, 3]), torch.tensor([[4], [5], [6]])))


@torch.compile
def repeat_interleave(x, y):
    return (x.repeat_interleave(2), torch.repeat_interleave(y, 2), torch.repeat_interleave(y, 3, dim=1),
            torch.repeat_interleave(y, torch.tensor([1, 2]), dim=0, output_size=3))


for r in repeat_interleave(torch.tensor([1, 2, 3]), torch.tensor([[1, 2], [3, 4]])):
    print(r)


@torch.compile
def tensor_split(x8, x7, x):
    return (torch.tensor_split(x8, 3), torch.tensor_split(x7, 3), torch.tensor_split(x7, (1, 6)),
            torch.tensor_split(x, 3, dim=1), torch.tensor_split(x, (1, 6), dim=1))


for r in tensor_split(torch.arange(8), torch.arange(7), torch.arange(14).reshape(2, 7)):
    print(r)


@torch.compile
def chunk(n):
    return torch.arange(n).chunk(6)


print(chunk(11))
print(chunk(12))
print(chunk(13))


@torch.compile
def narrow(x):
    return torch.narrow(x, 0, 0, 2), torch.narrow(x, 1, 1, 2)


for r in narrow(torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])):
    print(r)


@torch.compile
def vander(x):
    return torch.vander(x), torch.vander(x, N=3), torch.vander(x, N=3, increasing=True)


for r in vander(torch.tensor([1, 2, 3, 5])):
    print(r)


@torch.compile
def combinations(a):
    tensor_a = torch.tensor(a)
    return (list(itertools.combinations(a, r=2)), list(itertools.combinations_with_replacement(a, r=2)),
            torch.combinations(tensor_a), torch.combinations(tensor_a, r=3),
            torch.combinations(tensor_a, with_replacement=True))


for r in combinations([1, 2, 3]):
    print(r)


@torch.compile
def diag_embed(a):
    return torch.diag_embed(a), torch.diag_embed(a, offset=1, dim1=0, dim2=2)


for r in diag_embed(torch.randn(2, 3)):
    print(r)


@torch.compile
def unfold(x):
    return x.unfold(0, 2, 1), x.unfold(0, 2, 2)


for r in unfold(torch.arange(1., 8)):
    print(r)
