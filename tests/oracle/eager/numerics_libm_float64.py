# float64 elementwise math and Python's math module on Linux: glibc's sin, cos, tanh, erf, erfc,
# log1p, expm1, exp, sinh, cosh, cbrt and hypot (CPython's math and abs(complex) call them
# directly). Printed at full precision (tolist, repr) so a last-bit difference shows; the wasm
# build reproduces glibc with core/libm.
import math

import torch


def show(label, t):
    print(label, t.tolist())


x = torch.cat([
    torch.linspace(-10, 10, 161, dtype=torch.float64),
    torch.linspace(-0.9, 0.9, 61, dtype=torch.float64),
    torch.linspace(50, 5e9, 41, dtype=torch.float64),
])
for name in ["sin", "cos", "tanh", "erf", "expm1", "exp"]:
    show(name, getattr(torch, name)(x))
show("log1p", torch.log1p(torch.linspace(-0.99, 10, 121, dtype=torch.float64)))
show("sinh", torch.sinh(x[:222]))
show("cosh", torch.cosh(x[:222]))
print("abs complex", [abs(complex(a, b)) for a, b in [(3.1, 4.7), (1e-3, 2.5), (-7.25, 0.3), (1e200, 3e199)]])
torch.manual_seed(5)
show("randn small", torch.randn(7, dtype=torch.float64))
show("randn float32 small", torch.randn(9))

values = [0.1 * k for k in range(-40, 41)] + [1e-8, -700.5, 709.0]
for name in ["tanh", "erf", "erfc", "expm1", "exp"]:
    print("math." + name, [getattr(math, name)(v) for v in values])
values += [3.0e5, 1e10, 12345.678, 1e300]
for name in ["sin", "cos"]:
    print("math." + name, [getattr(math, name)(v) for v in values])
print("math.log1p", [math.log1p(v) for v in values if v > -1])
print("math.cbrt", [math.cbrt(v) for v in values])
print("gauss-like", [math.sqrt(-2.0 * math.log1p(-u)) * math.cos(2 * math.pi * u) for u in [0.1, 0.25, 0.5, 0.77]])
