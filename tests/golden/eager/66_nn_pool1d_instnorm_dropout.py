# Spec: torch/nn/modules/pooling.py, instancenorm.py, dropout.py and ATen's composites (PyTorch 2.x):
# MaxPool1d / AvgPool1d / AdaptiveAvgPool1d are the 2-D pools over a unit height (unsqueeze(-2),
# squeeze(-2)); instance_norm is batch_norm over a (1, N*C, ...) view; dropout1d/2d draw one
# Bernoulli(1 - p) per channel (Dropout.cpp feature_dropout). Expected output: PyTorch 1.13.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 8)
for m in (nn.MaxPool1d(2), nn.MaxPool1d(3, stride=2, padding=1), nn.MaxPool1d(2, dilation=2, ceil_mode=True),
          nn.AvgPool1d(3), nn.AvgPool1d(3, stride=2, padding=1, count_include_pad=False), nn.AvgPool1d(4, ceil_mode=True),
          nn.AdaptiveAvgPool1d(3), nn.AdaptiveAvgPool1d(1)):
    print(m)
    print(m(x))
print(F.max_pool1d(x[0], 4), F.avg_pool1d(x[0], 2, 1), F.adaptive_avg_pool1d(x[0], 5))
out, idx = F.max_pool1d(x, 2, return_indices=True)
print(idx)
print(nn.MaxPool1d(2, return_indices=True)(x)[1].shape)

w = x.clone().requires_grad_()
for fn in (lambda t: F.max_pool1d(t, 2), lambda t: F.avg_pool1d(t, 3, 2), lambda t: F.adaptive_avg_pool1d(t, 3)):
    y = fn(w)
    print(y.grad_fn.name())
    (y * y).sum().backward()
    print(w.grad)
    w.grad = None

inorm = nn.InstanceNorm1d(3)
print(inorm, inorm(x))
inorm_a = nn.InstanceNorm1d(3, affine=True, track_running_stats=True)
print(inorm_a, [n for n, _ in inorm_a.named_parameters()], [n for n, _ in inorm_a.named_buffers()])
with torch.no_grad():
    inorm_a.weight.copy_(torch.tensor([1.0, 2.0, 0.5]))
    inorm_a.bias.copy_(torch.tensor([0.0, -1.0, 1.0]))
print(inorm_a(x))
print(inorm_a.running_mean, inorm_a.running_var, inorm_a.num_batches_tracked)
inorm_a.eval()
print(inorm_a(x[:, :, :4]))
img = torch.randn(2, 4, 3, 3)
in2 = nn.InstanceNorm2d(4)
print(in2, in2(img)[1])
print(in2(img[0]).shape)
wi = img.clone().requires_grad_()
yi = F.instance_norm(wi)
print(yi.grad_fn.name())
(yi * torch.arange(72.0).view(2, 4, 3, 3)).sum().backward()
print(wi.grad[0, 0])
for bad in (lambda: nn.InstanceNorm1d(3)(torch.randn(3)), lambda: F.instance_norm(torch.randn(2, 3, 1))):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

d1, d2 = nn.Dropout1d(0.4), nn.Dropout2d()
print(d1, d2, nn.Dropout2d(0.3, inplace=True))
torch.manual_seed(1)
print(d1(torch.ones(2, 4, 3)))
print(d1(torch.ones(4, 3)))
print(d2(torch.ones(2, 3, 2, 2)))
wd = torch.ones(2, 3, 2, 2, requires_grad=True)
yd = F.dropout2d(wd, 0.5)
print(yd.grad_fn.name())
yd.sum().backward()
print(wd.grad[:, :, 0, 0])
d2.eval()
print(d2(torch.ones(1, 2, 1, 2)))
print(F.dropout1d(torch.ones(1, 2, 2), 1.0), F.dropout1d(torch.ones(1, 2, 2), 0.0))
try:
    F.dropout1d(torch.ones(2), 0.5)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    nn.Dropout1d(1.5)
except ValueError as e:
    print("ValueError", e)


@torch.compile(backend="eager")
def f(t):
    return F.max_pool1d(t, 2) + F.avg_pool1d(t, 2) + F.adaptive_avg_pool1d(t, 4) + F.instance_norm(t)[..., ::2]


print(f(x))
