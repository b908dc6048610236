# LPPool1d/2d, LocalResponseNorm, Softmax2d, ChannelShuffle, UpsamplingNearest2d/Bilinear2d and
# F.upsample*, Dropout3d, RReLU outside training, AlphaDropout/FeatureAlphaDropout in
# eval: values, gradients, reprs and argument errors; a few inside a torch.compile'd function.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter("ignore")
torch.manual_seed(0)
x1 = torch.randn(2, 3, 7, requires_grad=True)
for mod in (nn.LPPool1d(2, 3), nn.LPPool1d(1.5, 2, stride=1), nn.LPPool1d(3, 3, ceil_mode=True)):
    inp = x1.abs() if mod.norm_type == 1.5 else x1
    y = mod(inp)
    print(mod, y)
    y.sum().backward()
    print(x1.grad)
    x1.grad = None
x2 = torch.randn(1, 2, 5, 6, requires_grad=True)
for mod in (nn.LPPool2d(2, 2), nn.LPPool2d(2, (2, 3), stride=(1, 2)), nn.LPPool2d(4, 3, ceil_mode=True)):
    y = mod(x2)
    print(mod, y)
    y.sum().backward()
    print(x2.grad)
    x2.grad = None
print(F.lp_pool2d(x2, 2, 2).shape, F.lp_pool1d(x1, 2, 3, 2).shape)

c = torch.randn(2, 5, 3, requires_grad=True)
for mod in (nn.LocalResponseNorm(2), nn.LocalResponseNorm(3, alpha=0.5, beta=0.6, k=2.0)):
    y = mod(c)
    print(mod, y)
    y.sum().backward()
    print(c.grad)
    c.grad = None
c4 = torch.randn(1, 4, 2, 3, requires_grad=True)
y = nn.LocalResponseNorm(3, alpha=1.0)(c4)
print(y)
y.sum().backward()
print(c4.grad)
print(F.local_response_norm(torch.randn(1, 3, 2, 2, 2), 2, alpha=0.1))
print(F.local_response_norm(torch.empty(0, 3, 4), 2))
try:
    F.local_response_norm(torch.randn(3, 4), 2)
except Exception as e:
    print(type(e).__name__, e)

s = torch.randn(2, 3, 2, 2, requires_grad=True)
y = nn.Softmax2d()(s)
print(nn.Softmax2d(), y)
(y * torch.arange(24.0).view(2, 3, 2, 2)).sum().backward()
print(s.grad)
print(nn.Softmax2d()(s[0]))

ch = torch.arange(24.0).view(1, 6, 2, 2)
cs = nn.ChannelShuffle(3)
y = cs(ch)
print(cs, y)
print(F.channel_shuffle(torch.arange(8.0).view(1, 4, 2), 2))
for args in ((torch.randn(1, 5, 2), 2), (torch.randn(4, 2), 2), (torch.randn(1, 4, 2), 0)):
    try:
        F.channel_shuffle(*args)
    except Exception as e:
        print(type(e).__name__, e)

u = torch.arange(1.0, 7.0).view(1, 1, 2, 3).requires_grad_()
for mod in (nn.UpsamplingNearest2d(scale_factor=2), nn.UpsamplingBilinear2d(scale_factor=2),
            nn.UpsamplingNearest2d(size=(3, 4)), nn.UpsamplingBilinear2d(size=(3, 5))):
    y = mod(u)
    print(mod, y)
    y.sum().backward()
    print(u.grad)
    u.grad = None
print(F.upsample(u, scale_factor=2, mode="bilinear", align_corners=False))
print(F.upsample_nearest(u, size=(4, 3)))
print(F.upsample_bilinear(u, scale_factor=(1, 2)))

d = torch.ones(2, 3, 2, 2, 2)
drop = nn.Dropout3d(0.5)
print(drop)
out = drop(d)
print(out.shape, out[:, :, 0, 0, 0])
print(F.dropout3d(torch.ones(3, 2, 2, 2), 0.5)[:, 0, 0, 0])
drop.eval()
print(drop(d).equal(d))
try:
    nn.Dropout3d(1.5)
except Exception as e:
    print(type(e).__name__, e)

r = torch.randn(2, 4, requires_grad=True)
rr = nn.RReLU(0.1, 0.3)
rr.eval()
y = rr(r)
print(rr, nn.RReLU(inplace=True), y)
y.sum().backward()
print(r.grad)
print(F.rrelu(r))
for mod in (nn.AlphaDropout(0.2), nn.FeatureAlphaDropout(0.3)):
    mod.eval()
    print(mod, mod(r) is r)
print(F.alpha_dropout(r, 0.4) is r, F.feature_alpha_dropout(r, 0.4, training=False) is r)
try:
    F.alpha_dropout(r, 1.5)
except Exception as e:
    print(type(e).__name__, e)
print(type(nn.LPPool1d(2, 2)).__module__, type(nn.LocalResponseNorm(2)).__module__, type(cs).__module__,
      type(drop).__module__, type(nn.Softmax2d()).__module__,
      type(nn.UpsamplingBilinear2d(2)).__module__)


@torch.compile
def f(x1, x2, c, s, u):
    return (F.lp_pool1d(x1, 2, 3), F.lp_pool2d(x2, 2, 2), F.local_response_norm(c, 3), nn.Softmax2d()(s),
            F.channel_shuffle(s.detach(), 3), F.upsample_bilinear(u, scale_factor=2))


for t in f(x1, x2, c, s, u):
    print(t)
