# nn.BatchNorm1d: training updates running_mean/running_var/num_batches_tracked, eval uses them, backward.
import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
print(bn)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
x = torch.randn(5, 3, requires_grad=True)
y = bn(x)
print(y)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
(y * torch.arange(3.0)).sum().backward()
print(bn.weight.grad, bn.bias.grad)
print(x.grad)
bn(torch.randn(4, 3))
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn.training)
print(bn(torch.ones(2, 3)))
bn2 = nn.BatchNorm1d(2, momentum=None, affine=False)
print(bn2, bn2.weight)
for i in range(3):
    bn2(torch.randn(4, 2) + i)
print(bn2.running_mean, bn2.running_var, bn2.num_batches_tracked)
bn3 = nn.BatchNorm1d(2, track_running_stats=False)
print(bn3.running_mean)
print(bn3(torch.tensor([[1.0, 2.0], [3.0, 6.0]])))
try:
    bn(torch.randn(1, 3)) if bn.train() else None
except Exception as e:
    print(type(e).__name__, e)
