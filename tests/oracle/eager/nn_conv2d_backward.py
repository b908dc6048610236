# nn.Conv2d forward and backward: stride, padding, no bias, gradients of weight, bias and input.
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(2, 3, kernel_size=3, stride=2, padding=1)
print(conv)
x = torch.randn(2, 2, 5, 5, requires_grad=True)
y = conv(x)
print(y.shape, y.grad_fn.name())
print(y[0, 0])
(y ** 2).sum().backward()
print(conv.weight.grad[0])
print(conv.bias.grad)
print(x.grad[1, 1])
c2 = nn.Conv2d(1, 2, (2, 3), bias=False)
print(c2, c2.weight.shape)
x2 = torch.arange(20.0).reshape(1, 1, 4, 5).requires_grad_()
out = c2(x2)
print(out)
out.sum().backward()
print(c2.weight.grad)
print(x2.grad)
try:
    conv(torch.randn(1, 3, 5, 5))
except Exception as e:
    print(type(e).__name__, e)
