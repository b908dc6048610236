# torch.autograd.functional.hessian, jvp, vhp, hvp (their docstring examples, and functions that
# index their input, x[0] and x[1:]): double backward through select, slice, stack and the ops of
# the formulas (docs/autograd.md "create_graph=True"). Expected output: PyTorch 1.13.
import torch
from torch.autograd.functional import hessian, jvp, vhp, hvp, jacobian

torch.manual_seed(0)


def pow_reducer(x):
    return x.pow(3).sum()


inputs = torch.rand(2, 2)
print(hessian(pow_reducer, inputs))


def pow_adder_reducer(x, y):
    return (2 * x.pow(2) + 3 * y.pow(2)).sum()


inputs = (torch.rand(2), torch.rand(2))
print(hessian(pow_adder_reducer, inputs))


def exp_reducer(x):
    return x.exp().sum(dim=1)


inputs = torch.rand(4, 4)
v = torch.ones(4, 4)
print(jvp(exp_reducer, inputs, v))
print(jvp(exp_reducer, inputs, v, create_graph=True))


def adder(x, y):
    return 2 * x + 3 * y


inputs = (torch.rand(2), torch.rand(2))
v = (torch.ones(2), torch.ones(2))
print(jvp(adder, inputs, v))


def pow_reducer(x):
    return x.pow(3).sum()


inputs = torch.rand(2, 2)
v = torch.ones(2, 2)
print(vhp(pow_reducer, inputs, v))
print(vhp(pow_reducer, inputs, v, create_graph=True))
print(hvp(pow_reducer, inputs, v))


def indexed(x):
    return x[0] * x[1] ** 2 + x[1:].sin().sum() + torch.stack([x[2], x[0]]).prod()


x = torch.tensor([0.5, -1.0, 2.0])
print(hessian(indexed, x))
print(hvp(indexed, x, torch.tensor([1.0, 0.0, -1.0])))
print(jacobian(lambda t: torch.cat([t[:2] * t[2], t.narrow(0, 1, 2).exp()]), x, create_graph=True))
