# Spec: ATen's kron (LinearAlgebra.cpp KronImpl), ravel / diagflat (TensorShape.cpp), cov / corrcoef
# (Correlation.cpp), linalg_cross / cross (Cross.cpp, cpu/CrossKernel.cpp), dist (norm of the
# difference; DistBackward0), bincount (SummaryOps.cpp), histc (Histogram.cpp, linear binning in
# the input's type), nan_to_num / nan_to_num_ (NanToNumBackward0): values, dtypes, grad_fns,
# gradients and error texts. Expected output: PyTorch 1.13 (ATEN_CPU_CAPABILITY=default) except the
# reviewed line: diagflat's grad_fn is DiagEmbedBackward0 in 2.x (at::diag of a 1-D tensor is
# at::diag_embed since 2.0; 1.13 printed DiagBackward0). Warnings go to stderr (2.x's texts).
import torch

torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(3, 2, requires_grad=True)
k = torch.kron(x, y)
print(k, k.grad_fn.name())
print(torch.ravel(x).grad_fn.name(), torch.ravel(x.t()).grad_fn.name(), torch.diagflat(x).grad_fn.name())
print(torch.diagflat(x, 1).shape, torch.diagflat(torch.tensor([1, 2]), -1))
print(torch.cov(x), torch.cov(x, correction=0))
print(torch.cov(x, fweights=torch.tensor([1, 2, 1]), aweights=torch.tensor([0.5, 1., 2.])))
print(torch.cov(torch.tensor([1, 4, 2])), torch.corrcoef(torch.tensor([[1., 2., 4.], [3., 1., 0.]])))
a = torch.randn(4, 3, requires_grad=True)
b = torch.randn(4, 3)
c = torch.cross(a, b, dim=1)
print(c, c.grad_fn.name(), torch.linalg.cross(a, b).grad_fn.name())
print(torch.linalg.cross(torch.randn(1, 3), torch.randn(4, 3)))
print(torch.dist(a, b), torch.dist(a, b, 3), torch.dist(a, b, 1), torch.dist(a, b, float("inf")), torch.dist(a, b).grad_fn.name())
print(torch.bincount(torch.tensor([1, 1, 3])), torch.bincount(torch.tensor([1, 1, 3]), torch.tensor([0.5, 1., 2.])))
print(torch.bincount(torch.tensor([1, 1, 3]), torch.tensor([0.5, 1., 2.], dtype=torch.float64)))
print(torch.bincount(torch.tensor([1, 2]), torch.tensor([1, 2])), torch.tensor([1, 5, 2]).bincount(minlength=7))
print(torch.bincount(torch.tensor([], dtype=torch.long), minlength=3))
print(torch.histc(torch.tensor([1., 2, 1]), bins=4, min=0, max=3), torch.histc(torch.randn(100), bins=7))
print(torch.histc(torch.tensor([2., 2.]), bins=4), torch.tensor([0.5, 1.5]).histc(bins=2, min=0, max=2))
print(torch.histc(torch.randn(50, dtype=torch.float64), bins=5, min=-1, max=1))
print(torch.nan_to_num(torch.tensor([float("nan"), 1., float("inf"), -float("inf")]), nan=2.0, posinf=1e30))
print(torch.nan_to_num(torch.tensor([1, 2])), torch.nan_to_num(torch.tensor([float("inf")], dtype=torch.float64)))
z = torch.tensor([float("nan"), 1., float("inf")], requires_grad=True)
zz = z * 2
zz.nan_to_num_()
print(zz)
zz.sum().backward()
print(z.grad)
(c.sum() + torch.dist(a, b) + torch.dist(a, b, 3)).backward()
print(a.grad)
x.grad = None
(k.sum() + torch.cov(x).sum() + torch.diagflat(x).pow(2).sum()).backward()
print(x.grad, y.grad)
for f in (lambda: torch.linalg.cross(torch.randn(3, 4), torch.randn(3, 4)),
          lambda: torch.linalg.cross(torch.randn(2, 3), torch.randn(3)),
          lambda: torch.cross(torch.randn(2, 4), torch.randn(2, 4)),
          lambda: torch.bincount(torch.tensor([-1, 2])),
          lambda: torch.bincount(torch.tensor([[1, 2]])),
          lambda: torch.bincount(torch.tensor([1., 2.])),
          lambda: torch.bincount(torch.tensor([1, 2]), torch.tensor([1.])),
          lambda: torch.bincount(torch.tensor([1, 2]), minlength=-1),
          lambda: torch.histc(torch.tensor([1, 2])),
          lambda: torch.histc(torch.tensor([1., 2.]), min=3, max=1),
          lambda: torch.histc(torch.tensor([1., float("inf")])),
          lambda: torch.cov(torch.randn(2, 2, 2)),
          lambda: torch.cov(torch.randn(2, 3), fweights=torch.tensor([1., 2., 3.])),
          lambda: torch.cov(torch.randn(2, 3), aweights=torch.tensor([1, 2, 3])),
          lambda: torch.cov(torch.randn(2, 3), fweights=torch.tensor([1, 2])),
          lambda: torch.cov(torch.randn(2, 3), fweights=torch.tensor([1, -2, 1])),
          lambda: torch.cov(torch.tensor([1., 2.]), correction=3),
          lambda: torch.dist(torch.randn(2), torch.randn(3)),
          lambda: torch.kron(torch.arange(4).view(2, 2), torch.tensor([1, 10])),
          lambda: torch.kron(torch.ones(2, 2).t(), torch.ones(2)),
          lambda: torch.ravel(torch.arange(6).view(2, 3).t()),
          lambda: torch.tensor([1., 2.]).dist(torch.tensor([4., 6.]))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
