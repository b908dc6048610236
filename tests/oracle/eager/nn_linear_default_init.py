# Default initialisation of nn.Linear / nn.Conv2d / nn.Embedding / nn.LayerNorm / BatchNorm under a
# seed (kaiming_uniform_ with a=sqrt(5) and the bias bound), and reset_parameters.
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(4, 3)
print(lin.weight)
print(lin.bias)
conv = nn.Conv2d(2, 2, 2)
print(conv.weight[0])
print(conv.bias)
print(nn.Embedding(3, 2).weight)
ln = nn.LayerNorm(3)
print(ln.weight, ln.bias)
bn = nn.BatchNorm1d(2)
print(bn.weight, bn.bias, bn.running_mean, bn.running_var)
torch.manual_seed(0)
lin2 = nn.Linear(4, 3)
print(torch.equal(lin.weight, lin2.weight))
lin2.reset_parameters()
print(torch.equal(lin.weight, lin2.weight))
print(lin.weight.abs().max() <= 0.5, lin.bias.abs().max() <= 0.5)
