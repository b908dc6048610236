# BatchNorm gradients in training and eval mode; running statistics.
import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
x = torch.randn(4, 3, requires_grad=True)
(bn(x) * torch.arange(12.0).view(4, 3)).sum().backward()
print(bn.weight.grad, bn.bias.grad)
print(x.grad)
print(bn.running_mean, bn.running_var)
bn.eval()
x.grad = None
bn(x).pow(2).sum().backward()
print(x.grad)
bn2 = nn.BatchNorm2d(2)
y = torch.randn(2, 2, 2, 2, requires_grad=True)
bn2(y).pow(3).sum().backward()
print(bn2.weight.grad, bn2.bias.grad)
