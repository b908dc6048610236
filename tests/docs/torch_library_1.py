# Mirrors the examples of PyTorch's torch.library docs (docs/source/library.md, the docstrings of
# torch/library.py): torch.library.define + torch.library.impl (a kernel for "cpu", then the same
# kernel under two operators through a decorator) and torch.library.custom_op with
# torch.library.register_fake given the operator's qualified name. Adapted: NumPy is not in the
# playground, so the kernels call torch.sin instead of torch.from_numpy(np.sin(x.numpy()));
# torch.manual_seed(0) and the first result printed; in the register_fake example the fake
# kernel runs under torch._subclasses.fake_tensor.FakeTensorMode, and the fake result is printed.
import torch

torch.manual_seed(0)

# Define the operator
torch.library.define("mylib::sin", "(Tensor x) -> Tensor")


# Add implementations for the operator
@torch.library.impl("mylib::sin", "cpu")
def f(x):
    return torch.sin(x)


# Call the new operator from torch.ops.
x = torch.randn(3)
y = torch.ops.mylib.sin(x)
assert torch.allclose(y, x.sin())
print(y)


# Example 2: Register function with decorator.
def sin_decorator(func):
    def wrapper(*args, **kwargs):
        print("sin_decorator called.")
        return func(*args, **kwargs)
    return wrapper


# Define the operator
torch.library.define("mylibrary::sin", "(Tensor x) -> Tensor")
torch.library.define("mylib::decorated_sin", "(Tensor x) -> Tensor")


# Add implementations for the cpu device
@torch.library.impl("mylibrary::sin", "cpu")
# Add implementations for the operator
@torch.library.impl("mylib::decorated_sin", "cpu")
@sin_decorator
def f(x):
    return torch.sin(x)


# Call the new operator from torch.ops.
x = torch.randn(3)
y = torch.ops.mylibrary.sin(x)
assert torch.allclose(y, x.sin())

# This function call will print "sin_decorator called."
y1 = torch.ops.mylib.decorated_sin(x)
y2 = torch.sin(x)
assert torch.allclose(y1, y2)


# Example 1: an operator without data-dependent output shape
@torch.library.custom_op("mylib::custom_linear", mutates_args=())
def custom_linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    raise NotImplementedError("Implementation goes here")


@torch.library.register_fake("mylib::custom_linear")
def _(x, weight, bias):
    assert x.dim() == 2
    assert weight.dim() == 2
    assert bias.dim() == 1
    assert x.shape[1] == weight.shape[1]
    assert weight.shape[0] == bias.shape[0]
    assert x.device == weight.device

    return (x @ weight.t()) + bias


with torch._subclasses.fake_tensor.FakeTensorMode():
    x = torch.randn(2, 3)
    w = torch.randn(3, 3)
    b = torch.randn(3)
    y = torch.ops.mylib.custom_linear(x, w, b)

assert y.shape == (2, 3)
print(y)
