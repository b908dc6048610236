# Mirrors the `Example::` blocks of PyTorch's docstrings (torch/_torch_docs.py, torch/functional.py)
# for ops that build or rearrange tensors: torch.tril, torch.triu, torch.diff, torch.kron,
# torch.roll, torch.flip, torch.rot90, torch.meshgrid, torch.cartesian_prod, torch.block_diag,
# torch.repeat_interleave, torch.tensor_split, torch.chunk, torch.narrow, torch.vander,
# torch.combinations, torch.diag_embed, Tensor.unfold. Each `>>>` line that shows a value is
# printed; random inputs come from torch.manual_seed(0). doc_examples_shape_compiled.py runs the
# same inside compiled functions.
import itertools

import torch

torch.manual_seed(0)

# torch.tril
a = torch.randn(3, 3)
print(a)
print(torch.tril(a))
b = torch.randn(4, 6)
print(b)
print(torch.tril(b, diagonal=1))
print(torch.tril(b, diagonal=-1))

# torch.triu
a = torch.randn(3, 3)
print(a)
print(torch.triu(a))
print(torch.triu(a, diagonal=1))
print(torch.triu(a, diagonal=-1))

# torch.diff
a = torch.tensor([1, 3, 2])
print(torch.diff(a))
b = torch.tensor([4, 5])
print(torch.diff(a, append=b))
c = torch.tensor([[1, 2, 3], [3, 4, 5]])
print(torch.diff(c, dim=0))
print(torch.diff(c, dim=1))

# torch.kron
mat1 = torch.eye(2)
mat2 = torch.ones(2, 2)
print(torch.kron(mat1, mat2))
mat1 = torch.eye(2)
mat2 = torch.arange(1, 5).reshape(2, 2)
print(torch.kron(mat1, mat2))

# torch.roll
x = torch.tensor([1, 2, 3, 4, 5, 6, 7, 8]).view(4, 2)
print(x)
print(torch.roll(x, 1))
print(torch.roll(x, 1, 0))
print(torch.roll(x, -1, 0))
print(torch.roll(x, shifts=(2, 1), dims=(0, 1)))

# torch.flip
x = torch.arange(8).view(2, 2, 2)
print(x)
print(torch.flip(x, [0, 1]))

# torch.rot90
x = torch.arange(4).view(2, 2)
print(x)
print(torch.rot90(x, 1, [0, 1]))
x = torch.arange(8).view(2, 2, 2)
print(x)
print(torch.rot90(x, 1, [1, 2]))

# torch.meshgrid
x = torch.tensor([1, 2, 3])
y = torch.tensor([4, 5, 6])
grid_x, grid_y = torch.meshgrid(x, y, indexing='ij')
print(grid_x)
print(grid_y)
print(torch.equal(torch.cat(tuple(torch.dstack([grid_x, grid_y]))),
                  torch.cartesian_prod(x, y)))

# torch.cartesian_prod
a = [1, 2, 3]
b = [4, 5]
print(list(itertools.product(a, b)))
tensor_a = torch.tensor(a)
tensor_b = torch.tensor(b)
print(torch.cartesian_prod(tensor_a, tensor_b))

# torch.block_diag
A = torch.tensor([[0, 1], [1, 0]])
B = torch.tensor([[3, 4, 5], [6, 7, 8]])
C = torch.tensor(7)
D = torch.tensor([1, 2, 3])
E = torch.tensor([[4], [5], [6]])
print(torch.block_diag(A, B, C, D, E))

# torch.repeat_interleave
x = torch.tensor([1, 2, 3])
print(x.repeat_interleave(2))
y = torch.tensor([[1, 2], [3, 4]])
print(torch.repeat_interleave(y, 2))
print(torch.repeat_interleave(y, 3, dim=1))
print(torch.repeat_interleave(y, torch.tensor([1, 2]), dim=0))
print(torch.repeat_interleave(y, torch.tensor([1, 2]), dim=0, output_size=3))

# torch.tensor_split
x = torch.arange(8)
print(torch.tensor_split(x, 3))
x = torch.arange(7)
print(torch.tensor_split(x, 3))
print(torch.tensor_split(x, (1, 6)))
x = torch.arange(14).reshape(2, 7)
print(x)
print(torch.tensor_split(x, 3, dim=1))
print(torch.tensor_split(x, (1, 6), dim=1))

# torch.chunk
print(torch.arange(11).chunk(6))
print(torch.arange(12).chunk(6))
print(torch.arange(13).chunk(6))

# torch.narrow
x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(torch.narrow(x, 0, 0, 2))
print(torch.narrow(x, 1, 1, 2))

# torch.vander
x = torch.tensor([1, 2, 3, 5])
print(torch.vander(x))
print(torch.vander(x, N=3))
print(torch.vander(x, N=3, increasing=True))

# torch.combinations
a = [1, 2, 3]
print(list(itertools.combinations(a, r=2)))
print(list(itertools.combinations(a, r=3)))
print(list(itertools.combinations_with_replacement(a, r=2)))
tensor_a = torch.tensor(a)
print(torch.combinations(tensor_a))
print(torch.combinations(tensor_a, r=3))
print(torch.combinations(tensor_a, with_replacement=True))

# torch.diag_embed
a = torch.randn(2, 3)
print(torch.diag_embed(a))
print(torch.diag_embed(a, offset=1, dim1=0, dim2=2))

# Tensor.unfold
x = torch.arange(1., 8)
print(x)
print(x.unfold(0, 2, 1))
print(x.unfold(0, 2, 2))
