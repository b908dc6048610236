# nn.Module full backward hooks and backward pre-hooks (torch/utils/hooks.py BackwardHook,
# torch/nn/modules/_functions.py BackwardHookFunction): the module's tensor arguments and outputs
# pass through an identity Function (grad_fn BackwardHookFunctionBackward), the pre-hook may replace
# grad_output, the hook sees grad_input with None for non-tensor arguments and may replace it; a
# removed hook leaves the graph as it was; a module whose output needs no grad calls no hook.
# Expected output: PyTorch 1.13 without the pre-hook (1.13 has none; with it, the first grad and
# the recorded grad_outputs are doubled, reviewed against torch/utils/hooks.py).
import torch
from torch import nn
torch.manual_seed(0)


class Two(nn.Module):
    def forward(self, a, k, b):
        return a * k + b, a - b


m = Two()
seen = []
def hook(mod, gin, gout):
    seen.append((type(mod).__name__, [None if g is None else g.tolist() for g in gin], [g.tolist() for g in gout]))
def pre(mod, gout):
    seen.append(("pre", [g.tolist() for g in gout]))
    return (gout[0] * 2, gout[1])
h1 = m.register_full_backward_hook(hook)
h2 = m.register_full_backward_pre_hook(pre)
a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor([3., 4.], requires_grad=True)
o1, o2 = m(a, 3.0, b)
print(o1, o2)
(o1.sum() + (o2 * 5).sum()).backward()
print(a.grad, b.grad)
for s in seen:
    print(s)
seen.clear()
h1.remove(); h2.remove()
o1, o2 = m(a, 2.0, b)
print(o1.grad_fn.name(), len(seen))

lin = nn.Linear(2, 1)
lin.requires_grad_(False)
lin.register_full_backward_hook(hook)
x = torch.ones(1, 2)
w = nn.Linear(1, 1)
y = w(lin(x))
y.sum().backward()
print(seen)
seen.clear()
lin2 = nn.Linear(2, 1)
lin2.register_full_backward_hook(lambda m, gi, go: None)
out = lin2(torch.ones(1, 2, requires_grad=True))
print(out)
out.sum().backward()
print(lin2.weight.grad)
