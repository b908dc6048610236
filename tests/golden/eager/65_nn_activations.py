# Spec: torch/nn/modules/activation.py and aten/src/ATen/native/cpu/Activation.cpp (PyTorch 2.x):
# Threshold, Hardsigmoid, Hardswish, Mish, SELU, CELU, Hardshrink, Softshrink, LogSigmoid, Softsign,
# Tanhshrink, Softmin and their torch.nn.functional forms: values computed in the tensor's float type,
# reprs, grad_fn names and gradients. Expected output: PyTorch 1.13 (ATEN_CPU_CAPABILITY=default).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 5) * 3
x[0, 0] = 3.0
x[0, 1] = -3.0
x[0, 2] = 0.5
x[0, 3] = -0.5
mods = [nn.Threshold(0.1, 20.0), nn.Hardsigmoid(), nn.Hardswish(), nn.Mish(), nn.SELU(), nn.CELU(),
        nn.CELU(alpha=0.5, inplace=True), nn.Hardshrink(), nn.Softshrink(0.25), nn.LogSigmoid(), nn.Softsign(),
        nn.Tanhshrink(), nn.Softmin(dim=1), nn.Threshold(0.0, -1.0, inplace=True), nn.SELU(inplace=True)]
for m in mods:
    print(m)
    print(m(x.clone()))
print(nn.Sequential(nn.Linear(5, 4), nn.Hardswish(), nn.Linear(4, 2), nn.LogSigmoid()))

w = x.clone().requires_grad_()
for name, fn in [("threshold", lambda t: F.threshold(t, 0.1, 20.0)), ("hardsigmoid", F.hardsigmoid),
                 ("hardswish", F.hardswish), ("mish", F.mish), ("selu", F.selu), ("celu", F.celu),
                 ("hardshrink", F.hardshrink), ("softshrink", F.softshrink), ("logsigmoid", F.logsigmoid),
                 ("softsign", F.softsign), ("tanhshrink", F.tanhshrink), ("softmin", lambda t: F.softmin(t, 0))]:
    out = fn(w)
    print(name, out.grad_fn.name())
    (out * torch.arange(15.0).view(3, 5)).sum().backward()
    print(w.grad)
    w.grad = None

print(torch.selu(x[0]), torch.celu(x[0], 2.0), torch.threshold(x[0], 0.0, 5.0), torch.hardshrink(x[0], 1.0))
print(x[0].hardshrink(), F.hardswish(x[0].double()), F.logsigmoid(x[0].double()))
y = x[0].clone()
F.hardswish(y, inplace=True)
print(y)
y = x[0].clone()
torch.selu_(y)
print(y)
for bad in (lambda: F.hardswish(torch.tensor([1, 2])), lambda: F.mish(torch.tensor([1, 2])),
            lambda: F.logsigmoid(torch.tensor([1, 2]))):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)


@torch.compile(backend="eager")
def f(t):
    return F.hardswish(t) + F.mish(t) + F.logsigmoid(t) + F.selu(t) + F.softshrink(t) + torch.nn.Softsign()(t)


print(f(x))
