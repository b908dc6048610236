# torch.func on modules and pytrees: vmap of an nn.Module (its repr in vmap's errors), an in-place
# op on a mapped input (writes through to the batched tensor), jacrev of a dict output with a
# tuple of argnums, grad through indexing, vmap(grad) and jacrev(jacrev) through slices.
# Expected output: PyTorch 1.13's functorch through the torch.func shim of tests/oracle/regen.py.
import torch
from torch.func import vmap, grad, jacrev
m = torch.nn.Linear(3, 2)
print(vmap(m)(torch.ones(4, 3)).shape)
try:
    vmap(m, in_dims=1)(torch.ones(3))
except ValueError as e:
    print(e)
# in-place on a mapped input
x = torch.zeros(3, 2)
def f(t):
    t.add_(1)
    return t * 2
print(vmap(f)(x), x)
print(jacrev(lambda a, b: {"s": (a * b).sum(), "p": a * b}, argnums=(0, 1))(torch.arange(2.), torch.ones(2)))
print(grad(lambda x: x[0] * x[1])(torch.tensor([2.0, 3.0])))
print(vmap(grad(lambda x: x[0] * x[1] ** 2))(torch.arange(4.).view(2, 2)))
print(jacrev(jacrev(lambda x: (x[:2] * x[1:]).exp().sum()))(torch.tensor([0.1, 0.2, 0.3])))

# a captured tensor that requires grad (or an input that does): the result keeps its graph
weights = torch.tensor([1.5, -0.5, 2.0], requires_grad=True)
gx = grad(lambda x: (x * weights).sum())(torch.ones(3))
print(gx)
gw = grad(lambda w: (w ** 2).sum())(weights)
print(gw)
gw.sum().backward()
print(weights.grad)
out, fn = torch.func.vjp(lambda x: x * weights, torch.ones(3))
print(out, fn(torch.ones(3)))
