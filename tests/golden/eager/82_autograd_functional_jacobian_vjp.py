# Spec: docs/autograd.md — torch.autograd.functional.jacobian and vjp (torch/autograd/functional.py,
# the reverse-mode path: inputs detached and made to require grad, one backward per output element,
# results detached, tuples unpacked as the inputs and outputs were given), with the docstring examples
# of jacobian and vjp. Every line equals PyTorch 1.13's output. hessian, jvp, vhp and hvp (double
# backward) are the oracle program tests/oracle/eager/autograd_functional_hessian.py.
import torch
from torch.autograd.functional import jacobian, vjp
torch.manual_seed(0)

def exp_reducer(x):
    return x.exp().sum(dim=1)

inputs = torch.rand(2, 2)
print(jacobian(exp_reducer, inputs))

def exp_adder(x, y):
    return 2 * x.exp() + 3 * y

inputs = (torch.rand(2), torch.rand(2))
print(jacobian(exp_adder, inputs))

inputs = torch.rand(4, 4)
v = torch.ones(4)
print(vjp(exp_reducer, inputs, v))

def adder(x, y):
    return 2 * x + 3 * y

inputs = (torch.rand(2), torch.rand(2))
v = torch.ones(2)
print(vjp(adder, inputs, v))
print(vjp(lambda x: (x * x).sum(), torch.tensor([1., 2.])))
print(jacobian(lambda x, y: (x * y, x + 1), (torch.tensor([1., 2.]), torch.tensor(3.))))
print(jacobian(lambda x: torch.ones(2), torch.tensor([1., 2.])))
for f in (lambda: vjp(exp_reducer, torch.rand(4, 4)), lambda: vjp(exp_reducer, torch.rand(4, 4), torch.ones(3)),
          lambda: jacobian(exp_reducer, [1, 2]), lambda: jacobian(lambda x: torch.ones(2), torch.ones(2), strict=True)):
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
