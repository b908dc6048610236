# float32 elementwise math as ATen computes it on Linux: each element through glibc's libm (sinf,
# cosf, tanhf, erff, log1pf, expm1f, expf, logf, sinhf, coshf, log10f, asinf, acosf). Printed as
# exact Python floats (tolist) so a last-bit difference shows; the wasm build reproduces glibc
# with core/libm.
import torch


def show(label, t):
    print(label, t.tolist())


ranges = [
    torch.linspace(-10, 10, 161),
    torch.linspace(-0.9, 0.9, 61),
    torch.linspace(50, 5000, 41),
]
x = torch.cat(ranges)
for name in ["sin", "cos", "tanh", "erf", "expm1", "exp", "sinh", "cosh"]:
    show(name, getattr(torch, name)(x))
pos = torch.cat([torch.linspace(-0.99, 10, 121), torch.linspace(100, 1e6, 41)])
show("log1p", torch.log1p(pos))
show("log", torch.log(pos + 1))
show("log10", torch.log10(pos + 1))
show("sigmoid", torch.sigmoid(x))
unit = torch.linspace(-1, 1, 201)
show("asin", torch.asin(unit))
show("acos", torch.acos(unit))
show("gelu tanh", torch.nn.functional.gelu(x, approximate="tanh"))
torch.manual_seed(3)
show("randn", torch.randn(40))
