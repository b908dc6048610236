# logs: graph_code,graph_breaks
# Spec: docs/autograd.md §torch.func — PyTorch's Dynamo traces torch.func transforms into
# higher-order ops (FunctorchHigherOrderVariable: torch.func.grad, vmap, ...); the playground does
# not produce those graphs, so calling a transform, or the function a transform returned, is a
# "Not supported by the playground yet: torch.func.NAME inside compiled code" graph break and the
# call runs eagerly: the compiled function returns eager's values, and the ops around the call are
# still captured.
import torch
from torch.func import grad, vmap, jacrev

sq_grad = grad(lambda t: (t ** 2).sum())


def f(x):
    y = x.sin()
    g = sq_grad(y)
    return g + y.cos()


def h(x):
    return vmap(jacrev(torch.sin))(x).sum(0) * 2


x = torch.tensor([0.5, 1.0, 1.5])
print(torch.compile(f)(x), f(x))
xs = torch.arange(6.).view(2, 3)
print(torch.compile(h)(xs))
print(torch.equal(torch.compile(h)(xs), h(xs)))
