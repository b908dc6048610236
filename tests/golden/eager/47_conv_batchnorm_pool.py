# Expected output checked against PyTorch (python3-torch 1.13 on CPU; reprs and texts as in 2.9's
# torch/nn/modules/{conv,batchnorm,pooling}.py): nn.Conv2d (padding, stride, groups, dilation,
# bias=False), nn.BatchNorm2d in train mode (batch statistics, running stats updated in place,
# num_batches_tracked) and eval mode, nn.MaxPool2d, nn.AdaptiveAvgPool2d, and the channel-mismatch
# error of conv2d. Inputs are exact (no random numbers) so that the printed digits do not depend on
# the generator. The one difference from 1.13's output is flatten's grad_fn: ViewBackward0 (2.x)
# where 1.13 printed ReshapeAliasBackward0.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = ((torch.arange(2 * 2 * 5 * 5) * 7 % 17 - 8).float() / 7).reshape(2, 2, 5, 5)
w = ((torch.arange(3 * 2 * 3 * 3) * 5 % 11 - 5).float() / 10).reshape(3, 2, 3, 3)

conv = nn.Conv2d(2, 3, 3, padding=1)
print(conv)
print(nn.Conv2d(2, 4, (3, 5), stride=2, dilation=2, groups=2, bias=False))
with torch.no_grad():
    conv.weight.copy_(w)
    conv.bias.copy_(torch.tensor([0.5, -0.5, 0.0]))
y = conv(x)
print(y.shape)
print(y[0])
print(F.conv2d(x, w, None, 2))

bn = nn.BatchNorm2d(3)
print(bn)
z = bn(y)
print(z[1, :, :2])
print(bn.running_mean)
print(bn.running_var)
print(bn.num_batches_tracked)
bn.eval()
print(bn(y)[0, 1])

pool = nn.MaxPool2d(2)
print(pool)
print(pool(z))
print(nn.MaxPool2d(3, stride=2, padding=1)(x)[1])
gap = nn.AdaptiveAvgPool2d((1, 1))
print(gap)
print(gap(y).flatten(1))
print(nn.AdaptiveAvgPool2d(2)(x)[0, 0])

try:
    nn.Conv2d(3, 4, 3)(x)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    bn(torch.ones(3, 5))
except ValueError as e:
    print("ValueError:", e)
