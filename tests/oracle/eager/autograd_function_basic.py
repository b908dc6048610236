# torch.autograd.Function: forward/backward staticmethods, ctx.save_for_backward, saved_tensors,
# needs_input_grad, non-tensor arguments, returning None gradients, grad_fn name.
import torch


class MulConst(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w, k):
        ctx.save_for_backward(x, w)
        ctx.k = k
        return x * w * k

    @staticmethod
    def backward(ctx, grad):
        x, w = ctx.saved_tensors
        print("needs", ctx.needs_input_grad)
        gx = grad * w * ctx.k if ctx.needs_input_grad[0] else None
        gw = grad * x * ctx.k if ctx.needs_input_grad[1] else None
        return gx, gw, None


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([0.5, -1.0, 2.0])
y = MulConst.apply(x, w, 3.0)
print(y, y.requires_grad, type(y.grad_fn).__name__)
y.sum().backward()
print(x.grad, w.grad)
w.requires_grad_()
y2 = MulConst.apply(x, w, 2.0)
(y2 ** 2).sum().backward()
print(x.grad, w.grad)


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 2 * x * g


a = torch.tensor(3.0, requires_grad=True)
b = Square.apply(Square.apply(a))
b.backward()
print(b, a.grad)
with torch.no_grad():
    c = Square.apply(a)
print(c.requires_grad, c.grad_fn)
print(Square.apply(torch.tensor(2.0)).requires_grad)
