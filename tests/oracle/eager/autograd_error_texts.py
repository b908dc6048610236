# Autograd error texts: second backward through a freed graph, in-place on a leaf that requires
# grad, modified saved tensor, non-scalar backward, no grad_fn, grad of a non-leaf (warning).
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()
y.backward()
try:
    y.backward()
except Exception as e:
    print(type(e).__name__, e)
try:
    x.add_(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    x[0] = 5.0
except Exception as e:
    print(type(e).__name__, e)
with torch.no_grad():
    x.add_(1)
print(x)
e = x.exp()
e.mul_(2)
try:
    e.sum().backward()
except Exception as err:
    print(type(err).__name__, err)
try:
    (x * 2).backward()
except Exception as err:
    print(type(err).__name__, err)
try:
    torch.ones(2).sum().backward()
except Exception as err:
    print(type(err).__name__, err)
h = x * 3
print(h.grad)
print(h.is_leaf, x.is_leaf, h.requires_grad)
try:
    x.grad = torch.ones(3)
except Exception as err:
    print(type(err).__name__, err)
try:
    torch.ones(2, dtype=torch.long, requires_grad=True)
except Exception as err:
    print(type(err).__name__, err)
