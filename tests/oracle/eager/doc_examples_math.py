# Mirrors the `Example::` blocks of PyTorch's docstrings (torch/_torch_docs.py, torch/functional.py)
# for math ops: torch.cumsum, torch.cumprod, torch.cummax, torch.einsum, torch.cdist, torch.histc,
# torch.nan_to_num, torch.clamp, torch.lerp, torch.logsumexp, torch.trace, torch.tensordot,
# torch.renorm, torch.count_nonzero. Each `>>>` line that shows a value is printed; random inputs
# come from torch.manual_seed(0) instead of the docstring's unseeded draws (the logsumexp example's
# torch.dist of two float32 computations is left out: its last bits depend on the exp kernel).
# doc_examples_math_compiled.py runs the same inside compiled functions.
import torch

torch.manual_seed(0)

# torch.cumsum
a = torch.randn(10)
print(a)
print(torch.cumsum(a, dim=0))

# torch.cumprod
a = torch.randn(10)
print(a)
print(torch.cumprod(a, dim=0))
a[5] = 0.0
print(torch.cumprod(a, dim=0))

# torch.cummax
a = torch.randn(10)
print(a)
print(torch.cummax(a, dim=0))

# torch.einsum
print(torch.einsum('ii', torch.randn(4, 4)))
print(torch.einsum('ii->i', torch.randn(4, 4)))
x = torch.randn(5)
y = torch.randn(4)
print(torch.einsum('i,j->ij', x, y))
As = torch.randn(3, 2, 5)
Bs = torch.randn(3, 5, 4)
print(torch.einsum('bij,bjk->bik', As, Bs))
print(torch.einsum(As, [..., 0, 1], Bs, [..., 1, 2], [..., 0, 2]))
A = torch.randn(2, 3, 4, 5)
print(torch.einsum('...ij->...ji', A).shape)
A = torch.randn(3, 5, 4)
l = torch.randn(2, 5)
r = torch.randn(2, 4)
print(torch.einsum('bn,anm,bm->ba', l, A, r))

# torch.cdist
a = torch.tensor([[0.9041, 0.0196], [-0.3108, -2.4423], [-0.4821, 1.059]])
print(a)
b = torch.tensor([[-2.1763, -0.4713], [-0.6986, 1.3702]])
print(b)
print(torch.cdist(a, b, p=2))

# torch.histc
print(torch.histc(torch.tensor([1., 2, 1]), bins=4, min=0, max=3))

# torch.nan_to_num
x = torch.tensor([float('nan'), float('inf'), -float('inf'), 3.14])
print(torch.nan_to_num(x))
print(torch.nan_to_num(x, nan=2.0))
print(torch.nan_to_num(x, nan=2.0, posinf=1.0))

# torch.clamp
a = torch.randn(4)
print(a)
print(torch.clamp(a, min=-0.5, max=0.5))
min = torch.linspace(-1, 1, steps=4)
print(torch.clamp(a, min=min))

# torch.lerp
start = torch.arange(1., 5.)
end = torch.empty(4).fill_(10)
print(start)
print(end)
print(torch.lerp(start, end, 0.5))
print(torch.lerp(start, end, torch.full_like(start, 0.5)))

# torch.logsumexp
a = torch.randn(3, 3)
print(torch.logsumexp(a, 1))

# torch.trace
x = torch.arange(1., 10.).view(3, 3)
print(x)
print(torch.trace(x))

# torch.tensordot
a = torch.arange(60.).reshape(3, 4, 5)
b = torch.arange(24.).reshape(4, 3, 2)
print(torch.tensordot(a, b, dims=([1, 0], [0, 1])))

# torch.renorm
x = torch.ones(3, 3)
print(x[1].fill_(2))
print(x[2].fill_(3))
print(x)
print(torch.renorm(x, 1, 0, 5))

# torch.count_nonzero
x = torch.zeros(3, 3)
x[torch.randn(3, 3) > 0.5] = 1
print(x)
print(torch.count_nonzero(x))
print(torch.count_nonzero(x, dim=0))
