# Views and their bases: Tensor._base / _is_view(), and a view's grad_fn regenerated as
# AsStridedBackward0 when its base changed in place after the view was taken (the view's version
# moved on), including views of a base that did not require grad before the in-place op.
import torch


def name(t):
    return type(t.grad_fn).__name__ if t.grad_fn is not None else None


x = torch.ones(2, 3)
v = x.view(6)
r = x.reshape(3, 2)
s = x[1]
d = x.detach()
print(v._is_view(), r._is_view(), s._is_view(), x._is_view(), d._is_view())
print(v._base is x, s._base is x, x._base, d._base, v[1:]._base is x)
print(torch.arange(6).view(2, 3)._is_view(), x.data._is_view(), x.clone()._base)

w = torch.tensor(2., requires_grad=True)
x /= w                      # the base gets history after the views were taken
print(name(x), name(v), name(r), name(s), v.requires_grad, v.is_leaf)
v.mul_(3)                   # in place through one view: the base becomes CopySlices
print(name(x), name(v), name(r), name(s))
(r.sum() + s.sum() * 2).backward()
print(w.grad)

a = torch.ones(4)
a /= 2
b = a.reshape(2, 2)
b.add_(torch.ones(2, 2, requires_grad=True))
print(name(a), name(b))
c = a.view(4)
a.mul_(torch.tensor(3., requires_grad=True))
print(name(a), name(c), c.grad_fn.next_functions[0][0] is a.grad_fn)
print(c)

p = torch.ones(3, requires_grad=True)
q = p * 1
t = q[:2]
q.mul_(2)
print(name(q), name(t), t)
t.sum().backward()
print(p.grad)

with torch.no_grad():
    u = torch.ones(3)
    uv = u.view(3)
    u.add_(1)
print(name(uv), uv.requires_grad)
