# logs: graph_code
# eager-equal
# Spec: docs/custom-ops.md — torch.library.custom_op: the decorated function is the operator
# torch.ops.mylib.<name>; in a compiled function a call is one `torch.ops.mylib.<name>.default`
# node computed on fake tensors by the registered fake kernel; an op that mutates an argument and
# returns nothing needs no fake kernel; register_autograd gives it a backward (the autograd node is
# GeneratedBackwardFor_mylib_<name>_default), so training through the compiled call works.
import torch


@torch.library.custom_op("mylib::scaled_sin", mutates_args=())
def scaled_sin(x: torch.Tensor, scale: float) -> torch.Tensor:
    return x.sin() * scale


@scaled_sin.register_fake
def _(x, scale):
    return torch.empty_like(x)


def setup_context(ctx, inputs, output):
    x, scale = inputs
    ctx.save_for_backward(x)
    ctx.scale = scale


def backward(ctx, grad):
    (x,) = ctx.saved_tensors
    return grad * x.cos() * ctx.scale, None


scaled_sin.register_autograd(backward, setup_context=setup_context)


@torch.library.custom_op("mylib::add_one_", mutates_args={"x"})
def add_one_(x: torch.Tensor) -> None:
    x.add_(1)


@torch.compile(backend="eager")
def f(x, buf):
    add_one_(buf)
    return scaled_sin(x, 2.0) + buf


x = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
buf = torch.zeros(3)
out = f(x, buf)
out.sum().backward()
print(out)
print(buf)
print(x.grad)
print(scaled_sin, torch.ops.mylib.scaled_sin.default, out.grad_fn)
