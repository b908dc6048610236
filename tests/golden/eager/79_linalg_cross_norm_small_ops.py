# Spec: docs/eager-semantics.md — torch.cross / torch.linalg.cross / Tensor.cross (aten/src/ATen/native/Cross.cpp:
# the inputs broadcast, dim defaults to -1 for linalg.cross and to the first dimension of size 3 for
# torch.cross, with its deprecation warning on stderr; one LinalgCrossBackward0 node),
# Tensor.sum_to_size (ReduceOps.cpp / ExpandUtils.h sum_to), torch.linalg.norm / vector_norm /
# matrix_norm (LinearAlgebra.cpp; the torch.linalg.norm docstring's examples), tril_indices /
# triu_indices, bincount, isin and torch.det / linalg.det (an LU of A^T with partial pivoting, as
# linalg_det computes it; full precision). Every line equals PyTorch 1.13's.
import torch
torch.manual_seed(0)
v1 = torch.tensor([1., 0., 0.])
v2 = torch.tensor([0., 1., 0.])
print(torch.cross(v2, v1), torch.linalg.cross(v1, v2), v1.cross(v2))
a = torch.randn(4, 3, requires_grad=True)
b = torch.randn(1, 3, requires_grad=True)
c = torch.linalg.cross(a, b)
print(c)
c.sum().backward()
print(a.grad, b.grad)
x = torch.randn(3, 2)
y = torch.randn(3, 2)
print(torch.cross(x, y), torch.cross(x, y, dim=0))
for f in (lambda: torch.linalg.cross(x, y), lambda: torch.linalg.cross(torch.ones(3), torch.ones(2, 3)), lambda: torch.cross(torch.ones(2), torch.ones(2))):
    try:
        f()
    except RuntimeError as e:
        print(e)
t = torch.arange(24.).reshape(2, 3, 4)
print(t.sum_to_size(3, 1), t.sum_to_size((1, 4)), t.sum_to_size(2, 3, 4).shape, t.sum_to_size(1, 1, 1))
try:
    t.sum_to_size(2, 4)
except RuntimeError as e:
    print(e)
from torch import linalg as LA
a = torch.arange(9, dtype=torch.float) - 4
B = a.reshape((3, 3))
print(LA.norm(a), LA.norm(B), LA.norm(B, 'fro'))
print(LA.norm(a, float('inf')), LA.norm(B, float('inf')), LA.norm(a, -float('inf')), LA.norm(B, -float('inf')))
print(LA.norm(a, 1), LA.norm(B, 1), LA.norm(a, -1), LA.norm(B, -1))
print(LA.norm(a, 2), LA.norm(a, -2), LA.norm(a, 3), LA.norm(a, -3))
c = torch.tensor([[1., 2., 3.], [-1, 1, 4]])
print(LA.norm(c, dim=0), LA.norm(c, dim=1), LA.norm(c, ord=1, dim=1))
m = torch.arange(8, dtype=torch.float).reshape(2, 2, 2)
print(LA.norm(m, dim=(1, 2)), LA.norm(m[0, :, :]), LA.norm(m[1, :, :]))
print(LA.vector_norm(B), LA.vector_norm(B, ord=3.5), LA.vector_norm(B.norm(), ord=3.5))
print(LA.vector_norm(B, dim=(0, 1), keepdim=True), LA.matrix_norm(B, ord=1), LA.matrix_norm(m, ord=-1, keepdim=True))
x = torch.randn(3, 3, requires_grad=True) if False else torch.tensor([[1., -2.], [3., 4.]], requires_grad=True)
y = LA.norm(x)
print(y)
y.backward()
print(x.grad)
for f in (lambda: LA.norm(m, 1), lambda: LA.norm(torch.arange(3)), lambda: LA.norm(m, dim=(0, 1, 2))):
    try:
        f()
    except RuntimeError as e:
        print(e)
print(torch.tril_indices(3, 3), torch.tril_indices(4, 3, -1), torch.tril_indices(4, 3, 1))
print(torch.triu_indices(3, 3), torch.triu_indices(4, 3, -1), torch.triu_indices(4, 3, 1), torch.triu_indices(0, 3))
x = torch.tensor([4, 3, 6, 3, 4])
w = torch.linspace(0, 1, steps=5)
print(torch.bincount(x), x.bincount(w), torch.bincount(x, minlength=10), torch.bincount(x, w.double()))
print(torch.bincount(torch.tensor([], dtype=torch.long)))
print(torch.isin(torch.tensor([[1, 2], [3, 4]]), torch.tensor([2, 3])), torch.isin(torch.tensor([1., 2.]), torch.tensor([2.]), invert=True))
try:
    torch.bincount(torch.tensor([-1, 2]))
except RuntimeError as e:
    print(e)
torch.manual_seed(1729)
for n in (1, 2, 3, 4):
    for _ in range(6):
        a = (torch.rand(n, n) - 0.5) * 2
        print(n, repr(torch.det(a).item()), repr(torch.det(a.t()).item()), a.det())
print(torch.det(torch.zeros(3, 3)), torch.linalg.det(torch.eye(3).double()), torch.det(torch.rand(2, 3, 3)))
for f in (lambda: torch.det(torch.ones(2, 3)), lambda: torch.det(torch.ones(3))):
    try:
        f()
    except RuntimeError as e:
        print(e)
