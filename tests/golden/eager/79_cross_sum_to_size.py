# Spec: docs/eager-semantics.md — torch.cross / torch.linalg.cross / Tensor.cross (aten/src/ATen/native/Cross.cpp:
# the inputs broadcast, dim defaults to -1 for linalg.cross and to the first dimension of size 3 for
# torch.cross, with its deprecation warning on stderr; one LinalgCrossBackward0 node) and
# Tensor.sum_to_size (ReduceOps.cpp / ExpandUtils.h sum_to). Every line equals PyTorch 1.13's.
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
