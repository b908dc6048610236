# nn.BatchNorm2d: running statistics in training, eval forward, gradients in both modes.
import torch
import torch.nn as nn

torch.manual_seed(1)
bn = nn.BatchNorm2d(2, momentum=0.2)
print(bn)
x = torch.randn(2, 2, 3, 3, requires_grad=True)
y = bn(x)
print(y[0, 0])
print(bn.running_mean, bn.running_var)
y.pow(2).sum().backward()
print(bn.weight.grad, bn.bias.grad)
print(x.grad[1, 1])
bn.eval()
x.grad = None
bn.weight.grad = None
z = bn(x)
print(z[1, 0])
z.sum().backward()
print(x.grad[0, 0])
print(bn.weight.grad, bn.bias.grad)
print(list(bn.state_dict().keys()))
print(bn.num_batches_tracked)
try:
    bn(torch.randn(2, 3, 2, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    bn(torch.randn(2, 2))
except Exception as e:
    print(type(e).__name__, e)
