# Spec: in-place view ops (derivatives.yaml; TensorShape.cpp unsqueeze_ / squeeze_ / t_): `self`
# takes the view's sizes and strides, no data moves; grad_fns UnsqueezeBackward1 and
# SqueezeBackward3/4/5 (2.x numbering: squeeze.dims, added in 2.0, comes before the in-place
# entries), the backward through them, expanded inputs allowed, dim errors. Expected output:
# PyTorch 1.13 except the reviewed lines: 1.13 prints SqueezeBackward2 / SqueezeBackward3 for
# squeeze_() / squeeze_(dim) (it had no squeeze.dims), and has no squeeze_(dims) overload (the
# line for it is what squeeze(2).squeeze_(1) gives there; its grad_fn is 2.x's name).
import torch
w = torch.arange(6.).view(2, 1, 3).requires_grad_()
x = w * 1
x.squeeze_()
print(x.shape, x.grad_fn.name())
x.unsqueeze_(0)
print(x.shape, x.stride(), x.grad_fn.name())
x.squeeze_(0)
print(x.grad_fn.name())
x.t_()
print(x.shape, x.stride(), x.grad_fn.name())
(x * torch.arange(6.).view(3, 2)).sum().backward()
print(w.grad)
a = torch.zeros(2, 1, 1, 3)
print(a.squeeze_((1, 2)).shape, a.grad_fn)
c = torch.ones(2, 1, 1, 3, requires_grad=True).clone()
c.squeeze_((1, 2))
print(c.grad_fn.name())
b = torch.zeros(3).expand(2, 3)
print(b.unsqueeze_(1).shape, b.stride())
try:
    torch.zeros(2, 3).unsqueeze_(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.zeros(2, 3).squeeze_(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.zeros(2, 3, 4).t_()
except Exception as e:
    print(type(e).__name__, e)
s = torch.tensor(5.)
print(s.unsqueeze_(0), s.squeeze_(), s.squeeze_(0).shape)
