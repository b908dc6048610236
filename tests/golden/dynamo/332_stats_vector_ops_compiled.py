# logs: graph_code,graph_breaks
# eager-equal
# Spec: docs/eager-semantics.md — torch.kron, cov, cross, dist, diagflat, ravel, nan_to_num(_),
# histc, F.bilinear and nn.Bilinear in compiled code: each is one node of the torch function
# (Tensor methods as call_method nodes), and the compiled call returns what eager returns;
# bincount's output size depends on the data (a dynamic output shape op): a graph break.
import torch

torch.manual_seed(0)
bil = torch.nn.Bilinear(3, 3, 4)


def f(x, y, a, b):
    k = torch.kron(x, y)
    c = torch.cov(x)
    r = torch.cross(a, b, dim=1) + torch.linalg.cross(a, b)
    d = torch.dist(a, b) + a.dist(b, 3)
    e = torch.diagflat(x[0]) + torch.ravel(y).sum()
    n = torch.nan_to_num(a.log(), nan=0.5, neginf=-1.0)
    a2 = a.clone()
    a2.nan_to_num_()
    h = torch.histc(a, bins=4, min=-2, max=2)
    z = bil(x, y.t())
    return k, c, r, d, e, n, a2, h, z


def g(t):
    return torch.bincount(t) * 2


x = torch.randn(2, 3)
y = torch.randn(3, 2)
a = torch.randn(4, 3)
b = torch.randn(4, 3)
for out in torch.compile(f, backend="eager")(x, y, a, b):
    print(out)
print(torch.compile(g, backend="eager")(torch.tensor([0, 2, 2, 5])))
