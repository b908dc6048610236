# Spec: aten/src/ATen/native/native_functions.yaml alias entries ("alias for abs", ...): torch.absolute,
# arccos ... arctan2, multiply/divide/subtract/negative, greater ... not_equal, clip_, clamp_max/min,
# swapaxes_/swapdims_, moveaxis, fix and the in-place torch.X_ functions are their own builtins that
# run the base op (same values and grad_fn); asinh/acosh/atanh/atan2 as UnaryOps.cpp/BinaryOps.cpp.
# Expected output: PyTorch 1.13 (Debian python3-torch, ATEN_CPU_CAPABILITY=default), unchanged in 2.x.
import torch

x = torch.tensor([-0.75, -0.25, 0.0, 0.5, 0.9])
print(torch.absolute(x), x.absolute(), torch.absolute is torch.abs)
print(torch.arccos(x), x.arcsin(), torch.arctan(x))
print(torch.asinh(x), torch.arcsinh(x), x.atanh(), x.arctanh())
big = torch.tensor([1.0, 1.5, 3.0, 10.0])
print(torch.acosh(big), big.arccosh(), torch.acosh(torch.tensor([1, 2, 3])))
print(torch.atan2(x, torch.tensor(0.3)), torch.arctan2(torch.tensor([1.0, -1.0]), torch.tensor([-2.0, -2.0])))
print(torch.atan2(torch.tensor([1, -2]), torch.tensor([3, 4])))
print(torch.multiply(x, 3), x.divide(2), torch.divide(x, 2, rounding_mode="floor"), x.subtract(1, alpha=2))
print(torch.negative(x), x.negative())
print(torch.greater(x, 0), x.greater_equal(0), torch.less(x, 0), x.less_equal(0), x.not_equal(0))
print(torch.clamp_max(x, 0.2), x.clamp_max(torch.tensor(0.1)), torch.clamp_min(x, 0.0))
print(torch.fix(torch.tensor([-1.7, 1.7])), torch.moveaxis(torch.zeros(2, 3, 4), 0, -1).shape)

y = x.clone()
y.abs_().neg_()
print(y)
y = x.clone()
torch.arccos_(y)
print(y)
y = x.clone()
y.multiply_(2).divide_(4).subtract_(1).negative_()
print(y)
y = x.clone()
y.clip_(-0.5, 0.5)
print(y, torch.clamp_max_(x.clone(), 0.0), torch.clamp_min_(x.clone(), 0.0), torch.clamp_(x.clone(), 0.1))
y = x.clone()
y.fix_()
print(y, torch.trunc_(x.clone()), torch.exp2_(torch.tensor([1.0, 2.0])), torch.floor_(x.clone()))
y = x.clone()
y.greater_(0)
print(y)
y = x.clone()
y.arctan2_(torch.tensor(2.0))
print(y)
m = torch.arange(6.0).view(2, 3)
m.swapaxes_(0, 1)
print(m, m.shape, m.is_contiguous())
m.swapdims_(0, 1)
print(m)

# grad_fn of the base op
w = torch.tensor([0.3, -0.6], requires_grad=True)
for out in (torch.absolute(w), torch.arccos(w), torch.arcsinh(w), torch.arctanh(w), torch.multiply(w, 2),
            torch.divide(w, 2), torch.subtract(w, 1), torch.negative(w), torch.clamp_max(w, 0.0),
            torch.arctan2(w, torch.tensor(0.5)), torch.fix(w)):
    print(out)
(torch.arcsinh(w) + torch.arctanh(w) + torch.arctan2(w, torch.tensor([0.5, -2.0])) + torch.clamp_max(w, 0.0)).sum().backward()
print(w.grad)
v = torch.tensor([1.5, 2.5], requires_grad=True)
u = torch.tensor([0.5, -2.0], requires_grad=True)
(torch.acosh(v) * torch.atan2(u, v)).sum().backward()
print(v.grad, u.grad)

try:
    torch.absolute_(x)
except AttributeError as e:
    print("AttributeError", e)


@torch.compile(backend="eager")
def f(a, b):
    return torch.arctan2(a, b) + torch.multiply(a, b).negative() + a.absolute().clamp_max(0.5) + torch.moveaxis(b, 0, 0)


print(f(x, torch.tensor([1.0, 2.0, -1.0, 0.5, 3.0])))

# The in-place view op t_ changes self's sizes and strides (views.cpp); the gradient flows back.
base = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
y = base * 1
y.t_()
print(y, y.shape, y.stride())
(y * torch.arange(6.0).view(3, 2)).sum().backward()
print(base.grad)
v = torch.arange(3.0)
v.t_()
print(v)
try:
    torch.zeros(2, 2, 2).t_()
except RuntimeError as e:
    print("RuntimeError", e)


@torch.compile(backend="eager")
def g(a):
    b = a * 2
    b.t_()
    return b + 1


print(g(torch.tensor([1.0, 2.0])), g(torch.ones(2, 3)).shape, g(torch.ones(4, 3)).shape)
