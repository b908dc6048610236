# Spec: ATen's pointwise math kernels (UnaryOps.cpp, BinaryOps.cpp, cpu/UnaryOpsKernel.cpp,
# cpu/BinaryOpsKernel.cpp, Math.h calc_digamma / calc_gcd; PyTorch 2.x): deg2rad, rad2deg, erfc,
# lgamma, digamma, sinc, signbit, logaddexp, logaddexp2, hypot, copysign, heaviside, gcd, lcm in the
# tensor's type, their dtypes, grad_fns and gradients. Expected output: PyTorch 1.13
# (ATEN_CPU_CAPABILITY=default) except the float32 logaddexp / logaddexp2 line: 2.x computes
# m + log1p(exp(-|a - b|)) (and log1p(exp2(...)) * (1 / ln 2)) where 1.13 computed
# m + log(1 + exp(...)); the reviewed line equals 1.13's own ops evaluating 2.x's formula
# (torch.maximum(x, y) + torch.log1p(torch.exp(-(x - y).abs())), likewise with exp2).
import torch

torch.set_printoptions(precision=8)
torch.manual_seed(0)
x = torch.randn(8) * 3
x[0] = 0.0
x[1] = -2.0
x[2] = 10.0
x[3] = -0.0
y = torch.randn(8) * 2
print(torch.deg2rad(x), x.rad2deg(), torch.deg2rad(torch.tensor([180, 90, -45])))
print(torch.erfc(x), x.lgamma())
print(torch.digamma(x), torch.digamma(torch.tensor([0.5, 1.0, 2.5, 9.99, 10.0, 12.0, -0.5, -3.25, 1e-3])))
print(torch.digamma(torch.tensor([0.5, 3.0, -1.5, 20.0], dtype=torch.float64)))
p01 = torch.tensor([0.0, 1e-4, 0.25, 0.5, 0.9, 1.0, 1.5])
print(torch.logit(p01), p01.logit(eps=0.05), torch.logit(torch.tensor([0, 1])), torch.logit_(p01.clone(), 1e-6))
print(torch.sinc(x), torch.sinc(torch.tensor([1, 0, 2])), torch.signbit(x), torch.signbit(torch.tensor([-1, 0, 2])))
print(torch.logaddexp(x, y), torch.logaddexp2(x, y))
print(torch.logaddexp(torch.tensor([float("inf"), float("-inf"), 1.0]), torch.tensor([float("inf"), float("-inf"), float("-inf")])))
print(torch.hypot(x, y), torch.copysign(x, y), torch.copysign(torch.tensor([1, 2]), -1.0))
print(torch.heaviside(x, torch.tensor(0.5)), torch.heaviside(torch.tensor([-1, 0, 3]), torch.tensor([7])))
print(torch.gcd(torch.tensor([12, -18, 0, 7, 0]), torch.tensor([8, 12, 5, 13, 0])), torch.lcm(torch.tensor([4, 6, 0]), torch.tensor([6, -4, 3])))
a = torch.tensor([12, 9])
a.gcd_(torch.tensor([8, 6]))
print(a, torch.gcd_(torch.tensor([10]), torch.tensor([4])))
z = x.clone()
z.deg2rad_().rad2deg_().sinc_()
print(z, torch.erfc_(x.clone()))
w = x.clone()
w.hypot_(y)
print(w)
w = x.clone()
w.copysign_(y)
print(w)
for bad in (lambda: torch.logaddexp(torch.tensor([1, 2]), torch.tensor([3, 4])), lambda: torch.gcd(x, y),
            lambda: torch.heaviside(x, torch.tensor([1, 2, 3, 4, 5, 6, 7, 8]))):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)

torch.set_printoptions(precision=4)
xg = torch.tensor([0.5, -1.25, 2.0, 3.5], requires_grad=True)
yg = torch.tensor([1.5, 0.25, -3.0, 0.75], requires_grad=True)
for name, fn in [("deg2rad", lambda: torch.deg2rad(xg)), ("rad2deg", lambda: xg.rad2deg()), ("erfc", lambda: torch.erfc(xg)),
                 ("lgamma", lambda: torch.lgamma(xg)), ("digamma", lambda: torch.digamma(xg)), ("sinc", lambda: torch.sinc(xg)),
                 ("logaddexp", lambda: torch.logaddexp(xg, yg)), ("logaddexp2", lambda: torch.logaddexp2(xg, yg)),
                 ("logit", lambda: torch.logit(xg.sigmoid(), 0.2)),
                 ("hypot", lambda: torch.hypot(xg, yg)), ("copysign", lambda: torch.copysign(xg, yg))]:
    out = fn()
    print(name, out)
    out.sum().backward()
    print(xg.grad, yg.grad)
    xg.grad = None
    yg.grad = None

m = torch.tensor([[1.0, 5.0, float("nan")], [2.0, -1.0, 0.0]])
print(torch.aminmax(m), m.aminmax(dim=1), torch.aminmax(m[1], dim=0, keepdim=True), torch.aminmax(m, keepdim=True))
print(torch.aminmax(torch.tensor([[3, 1], [4, 1]]), dim=-1))
mn, mx = torch.aminmax(xg)
print(mn, mx)
for bad in (lambda: torch.aminmax(torch.tensor([])), lambda: torch.aminmax(xg).min.backward()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)


@torch.compile(backend="eager")
def f(p, q):
    lo, hi = torch.aminmax(q)
    return torch.logaddexp(p, q) + torch.hypot(p, q) + p.deg2rad() + torch.erfc(q) + torch.copysign(p, q) + lo * hi


print(f(x, y))
