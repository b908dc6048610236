# logs: graph_code,graph_breaks
# Spec: docs/autograd.md §torch.autograd.Function — PyTorch's Dynamo traces custom autograd
# Functions (AutogradFunctionVariable); the playground stops the graph at Function.apply with a
# "Not supported by the playground yet" graph break and runs apply eagerly, so the result and the
# gradients are eager's, and the grad_fn is the Function's backward node.
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 3 * x * x * g


def f(x):
    y = x.sin()
    return Cube.apply(y).sum() + y.mean()


compiled = torch.compile(f, backend="eager")
for fn in (f, compiled):
    x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
    out = fn(x)
    out.backward()
    print(out, x.grad)
