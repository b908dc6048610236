# The layers and checks of this batch that exist only in PyTorch 2.x, so PyTorch 1.13 cannot be the
# oracle (the values were checked against 1.13 computing the same ATen composites, see the notes):
# nn.RMSNorm / F.rms_norm (ATen's rms_norm composite in layer_norm.cpp: input * rsqrt(mean(input**2
# over the normalized dims, keepdim) + eps) [* weight], eps = the dtype's machine epsilon when None;
# grad_fn MulBackward0), nn.ZeroPad3d, Softmax2d's dimension check, the triplet losses' margin checks
# and triplet_margin_with_distance_loss's dimension check.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 4, requires_grad=True)
for m in (nn.RMSNorm(4), nn.RMSNorm([3, 4], eps=1e-3), nn.RMSNorm(4, elementwise_affine=False)):
    if m.weight is not None:
        with torch.no_grad():
            m.weight.copy_(torch.linspace(0.5, 1.5, m.weight.numel()).view(m.weight.shape))
    y = m(x)
    print(m, y)
    (y * torch.arange(24.0).view(2, 3, 4)).sum().backward()
    print(x.grad)
    if m.weight is not None:
        print(m.weight.grad)
    x.grad = None
print(list(nn.RMSNorm(3).state_dict()), nn.RMSNorm(3).weight)
print(F.rms_norm(x, (4,)))
print(F.rms_norm(x.double(), [4], eps=None).dtype)
for args in ((torch.randn(2, 4), [3]), (torch.randn(2, 3), [3], torch.ones(4))):
    try:
        F.rms_norm(*args)
    except Exception as e:
        print(type(e).__name__, e)

z = torch.ones(1, 1, 1, 2, 2, requires_grad=True)
zp = nn.ZeroPad3d((1, 0, 0, 1, 1, 0))
y = zp(z)
print(zp, nn.ZeroPad3d(1), y.shape)
print(y)
y.sum().backward()
print(z.grad)

try:
    nn.Softmax2d()(torch.randn(2, 3))
except Exception as e:
    print(type(e).__name__, e)
a, p, n = torch.randn(3, 4), torch.randn(3, 4), torch.randn(3, 4)
for fn in (lambda: F.triplet_margin_loss(a, p, n, margin=0.0),
           lambda: F.triplet_margin_with_distance_loss(a, p, n, margin=-1.0),
           lambda: F.triplet_margin_with_distance_loss(a, p[0], n),
           lambda: F.triplet_margin_with_distance_loss(a, p, n, reduction="avg"),
           lambda: nn.TripletMarginLoss(margin=-0.5),
           lambda: nn.TripletMarginWithDistanceLoss(margin=0)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)


@torch.compile
def f(x, w):
    return F.rms_norm(x, (4,), w) + 1, nn.ZeroPad3d(1)(x.unsqueeze(0)).sum()


print(f(x, torch.full((4,), 2.0)))
