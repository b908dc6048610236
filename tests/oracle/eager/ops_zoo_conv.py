# The model zoo's convolution, pooling and upsampling ops (issue 20): nn.Conv1d / F.conv1d,
# nn.ConvTranspose2d / F.conv_transpose2d, nn.AvgPool2d / F.avg_pool2d, F.interpolate / nn.Upsample:
# values, the layers' seeded init and repr, gradients, and error texts. Where PyTorch 2.x prints
# differently from 1.13 (Upsample's repr, the interpolate grad_fn names, avg_pool2d's padding
# error) the check is in tests/golden/eager/48_zoo_layers_2x.py instead.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
conv = nn.Conv1d(3, 4, 3, padding=1)
print(conv)
x = torch.randn(2, 3, 6)
print("conv1d", conv(x).detach())
w = torch.randn(4, 1, 2)
print("conv1d groups stride dilation", F.conv1d(torch.randn(1, 4, 9), w, None, 2, 1, 2, 4))
print("conv1d unbatched", F.conv1d(torch.randn(3, 5), torch.randn(2, 3, 3)).shape)
print(nn.Conv1d(2, 4, 5, stride=2, groups=2, bias=False, dilation=2))

tconv = nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1, output_padding=1)
print(tconv)
y = torch.randn(1, 3, 3, 3)
print("conv_transpose2d", tconv(y).detach())
print("conv_transpose2d groups", F.conv_transpose2d(torch.randn(1, 4, 2, 2), torch.randn(4, 1, 2, 2), groups=2).shape)
print(nn.ConvTranspose2d(4, 4, 2, stride=2))

z = torch.randn(1, 2, 5, 5)
for kw in [dict(kernel_size=2), dict(kernel_size=3, stride=2, padding=1),
           dict(kernel_size=3, stride=2, padding=1, count_include_pad=False),
           dict(kernel_size=2, stride=2, ceil_mode=True),
           dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False),
           dict(kernel_size=2, divisor_override=3)]:
    print("avg_pool2d", kw, F.avg_pool2d(z, **kw))
print(nn.AvgPool2d(2), nn.AvgPool2d(3, stride=1, padding=1))

for kw in [dict(scale_factor=2), dict(size=(3, 7)), dict(scale_factor=1.5),
           dict(scale_factor=2, mode="bilinear"), dict(size=(4, 3), mode="bilinear"),
           dict(scale_factor=2, mode="bilinear", align_corners=True),
           dict(size=(7, 6), mode="bilinear", align_corners=True),
           dict(scale_factor=0.5, mode="bilinear")]:
    print("interpolate", kw, F.interpolate(z[:, :1, :4, :4], **kw))
print("Upsample", nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)(z[:, :, :2, :2]))

# Gradients.
xg = torch.randn(1, 2, 5, requires_grad=True)
wg = torch.randn(3, 2, 2, requires_grad=True)
F.conv1d(xg, wg, stride=2).pow(2).sum().backward()
print("conv1d grads", xg.grad, wg.grad)
xg = torch.randn(1, 2, 2, 2, requires_grad=True)
wg = torch.randn(2, 3, 3, 3, requires_grad=True)
bg = torch.randn(3, requires_grad=True)
out = F.conv_transpose2d(xg, wg, bg, stride=2, padding=1)
print(out.grad_fn.name(), out.shape)
out.pow(2).sum().backward()
print("conv_transpose2d grads", xg.grad, wg.grad, bg.grad)
zg = torch.randn(1, 1, 4, 4, requires_grad=True)
out = F.avg_pool2d(zg, 3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)
print(out.grad_fn.name())
(out * torch.arange(1., 1. + out.numel()).reshape(out.shape)).sum().backward()
print("avg_pool2d grad", zg.grad)
zg.grad = None
out = F.interpolate(zg, scale_factor=2, mode="bilinear")
(out * torch.arange(1., 1. + out.numel()).reshape(out.shape)).sum().backward()
print("bilinear grad", zg.grad)
zg.grad = None
out = F.interpolate(zg, size=(3, 5))
(out * torch.arange(1., 1. + out.numel()).reshape(out.shape)).sum().backward()
print("nearest grad", zg.grad)

# Errors.
for f in [lambda: F.conv1d(torch.randn(2, 3, 4, 5), torch.randn(2, 3, 3)),
          lambda: F.conv1d(torch.randn(2, 2, 5), torch.randn(4, 3, 3)),
          lambda: F.conv1d(torch.randn(2, 3, 2), torch.randn(4, 3, 3)),
          lambda: F.conv_transpose2d(torch.randn(1, 3, 2, 2), torch.randn(4, 2, 3, 3)),
          lambda: F.conv_transpose2d(torch.randn(3, 2), torch.randn(3, 2, 3, 3)),
          lambda: F.avg_pool2d(torch.randn(4, 4), 2),
          lambda: F.interpolate(z, size=3, scale_factor=2),
          lambda: F.interpolate(z),
          lambda: F.interpolate(z, size=(2, 2, 2)),
          lambda: F.interpolate(z, scale_factor=2, align_corners=True)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
