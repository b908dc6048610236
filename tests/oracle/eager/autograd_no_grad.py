# no_grad / enable_grad / set_grad_enabled / inference_mode in eager code.
import torch

x = torch.ones(2, requires_grad=True)
with torch.no_grad():
    y = x * 2
    with torch.enable_grad():
        z = x * 3
print(y.requires_grad, y.grad_fn, z.requires_grad, z.grad_fn is not None)
with torch.set_grad_enabled(False):
    print((x * 2).requires_grad, torch.is_grad_enabled())
print(torch.is_grad_enabled())
with torch.inference_mode():
    print((x + 1).requires_grad)


@torch.no_grad()
def f(t):
    return t * 4


print(f(x).requires_grad)
torch.set_grad_enabled(False)
print((x * 2).requires_grad)
torch.set_grad_enabled(True)
print((x * 2).requires_grad)
