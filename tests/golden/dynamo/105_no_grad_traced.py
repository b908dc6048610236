# Spec: docs/compiler-api.md "Grad mode in compiled code": torch.no_grad() / torch.enable_grad() /
# torch.set_grad_enabled(mode) are traced (GradModeVariable): each change of the grad mode is a
# torch._C._set_grad_enabled node, no graph break.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(backend=cnt)
def f(x):
    with torch.no_grad():
        y = x * 2
        with torch.enable_grad():
            z = y + x
    return y, z


x = torch.ones(2, requires_grad=True)
y, z = f(x)
print(y.requires_grad, z.requires_grad, torch.is_grad_enabled())
print(cnt.frame_count)
print(cnt.graphs[0].code.strip())


@torch.compile(backend=cnt)
def g(x):
    torch.set_grad_enabled(False)
    a = x + 1
    torch.set_grad_enabled(True)
    with torch.set_grad_enabled(False):
        b = a * 2
    return a, b, torch.is_grad_enabled()


a, b, mode = g(x)
print(a.requires_grad, b.requires_grad, mode, cnt.frame_count)
print(cnt.graphs[1].code.strip())
