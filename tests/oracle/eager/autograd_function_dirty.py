# torch.autograd.Function extras: mark_dirty for in-place forwards, mark_non_differentiable,
# multiple outputs, wrong number of gradients error, once_differentiable style backward.
import torch


class AddOne(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.add_(1)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, g):
        return g


a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a.clone()
c = AddOne.apply(b)
print(c is b, c, type(c.grad_fn).__name__)
(c * 3).sum().backward()
print(a.grad)


class SortIdx(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        vals, idx = x.sort()
        ctx.mark_non_differentiable(idx)
        ctx.save_for_backward(idx)
        return vals, idx

    @staticmethod
    def backward(ctx, gv, gi):
        (idx,) = ctx.saved_tensors
        g = torch.zeros_like(gv)
        g[idx] = gv
        return g


x = torch.tensor([3.0, 1.0, 2.0], requires_grad=True)
v, i = SortIdx.apply(x)
print(v, i, v.requires_grad, i.requires_grad)
(v * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(x.grad)


class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        return x + y

    @staticmethod
    def backward(ctx, g):
        return g


p = torch.ones(2, requires_grad=True)
try:
    Bad.apply(p, p).sum().backward()
except Exception as e:
    print(type(e).__name__, e)
