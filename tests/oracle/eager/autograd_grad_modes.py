# Grad modes in eager code: no_grad as context and decorator, set_grad_enabled, enable_grad inside
# no_grad, inference_mode, is_grad_enabled.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
    with torch.enable_grad():
        z = x * 3
print(y.requires_grad, z.requires_grad, torch.is_grad_enabled())


@torch.no_grad()
def f(t):
    return t * t, torch.is_grad_enabled()


r, enabled = f(x)
print(r.requires_grad, enabled)
torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), (x + 1).requires_grad)
torch.set_grad_enabled(True)
with torch.set_grad_enabled(False):
    w = x.exp()
print(w.requires_grad, torch.is_grad_enabled())
with torch.inference_mode():
    v = x * 5
print(v.requires_grad)
with torch.no_grad():
    x.mul_(2)
print(x, x.requires_grad, x.is_leaf)
