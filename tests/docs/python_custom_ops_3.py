# Mirrors pytorch/tutorials advanced_source/python_custom_ops_functional.py and
# python_custom_ops_registrations.py: a functional operator (mutates_args=(), a fresh output)
# with a fake kernel, used under torch.compile(fullgraph=True), given a backward with
# register_autograd (setup_context saves x), checked with torch.autograd.gradcheck and
# torch.library.opcheck. Adapted: NumPy is not in the playground, so the kernel computes
# torch.sin into torch.empty_like(x) instead of np.sin(x.numpy(), out=result.numpy());
# torch.manual_seed(0) for the random inputs, and the results printed.
import torch
from torch import Tensor


@torch.library.custom_op("mylib_training::numpy_sin", mutates_args=(), device_types="cpu")
def numpy_sin(x: Tensor) -> Tensor:
    result = torch.empty_like(x)
    torch.sin(x.detach(), out=result)
    return result


@numpy_sin.register_fake
def _(x):
    return torch.empty_like(x)


@torch.compile(fullgraph=True)
def f(x):
    return numpy_sin(x)


torch.manual_seed(0)
x = torch.randn(5)
result = f(x)
torch.testing.assert_close(result, x.sin())
print(result)


def numpy_sin_setup_context(ctx, inputs, output):
    (x,) = inputs
    ctx.save_for_backward(x)


def numpy_sin_backward(ctx, grad_output):
    (x,) = ctx.saved_tensors
    return grad_output * x.cos()


numpy_sin.register_autograd(numpy_sin_backward, setup_context=numpy_sin_setup_context)

x = torch.randn(5, requires_grad=True)
y = numpy_sin(x)
y.sum().backward()
torch.testing.assert_close(x.grad, x.detach().cos())
print(x.grad)

gradcheck_input = torch.randn(3, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(numpy_sin, (gradcheck_input,)))

examples = [
    (torch.randn(5),),
    (torch.randn(0, 3),),
    (torch.randn(4, requires_grad=True),),
    (torch.randn(2, dtype=torch.double, requires_grad=True),),
    (torch.randn(2, 3).t(),),
    (torch.randn(8)[1:],),
]

for example in examples:
    torch.library.opcheck(numpy_sin, example)
print("opcheck passed")
