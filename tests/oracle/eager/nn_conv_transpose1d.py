# nn.ConvTranspose1d and F.conv_transpose1d: default init from the seeded generator, stride, padding,
# output_padding, dilation, groups, unbatched input, gradients, reprs and shape errors; inside a
# torch.compile'd function too. (The grouped layer's gradients are left out: the playground's
# convolution backward sums in double, docs/models.md.)
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 4, 5, requires_grad=True)
for mod in (nn.ConvTranspose1d(4, 3, 3), nn.ConvTranspose1d(4, 2, 2, stride=2, bias=False),
            nn.ConvTranspose1d(4, 6, 3, stride=2, padding=1, output_padding=1, groups=2),
            nn.ConvTranspose1d(4, 2, 2, dilation=2, padding=1)):
    y = mod(x)
    print(mod, y.shape)
    print(y)
    if mod.groups > 1:
        continue
    (y * torch.arange(float(y.numel())).view(y.shape)).sum().backward()
    print(x.grad)
    print(mod.weight.grad)
    if mod.bias is not None:
        print(mod.bias.grad)
    x.grad = None
print(nn.ConvTranspose1d(4, 3, 3)(x[0]).shape)
w = torch.randn(4, 2, 3)
print(F.conv_transpose1d(x, w, torch.ones(2), 1, 1))
for args in ((x, torch.randn(4, 2, 3, 3)), (torch.randn(5), w), (torch.randn(2, 3, 5), w)):
    try:
        F.conv_transpose1d(*args)
    except Exception as e:
        print(type(e).__name__, e)


@torch.compile
def f(x, w):
    return F.conv_transpose1d(x, w, None, 2).relu()


print(f(x, w))
