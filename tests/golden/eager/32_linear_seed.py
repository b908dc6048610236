# Expected output derived from: nn.Linear(3, 2) after torch.manual_seed(0): kaiming_uniform_(a=sqrt(5)) then uniform bias, both torch.rand-style draws scaled to (-1/sqrt(3), 1/sqrt(3)); output = x @ W.T + b.
import torch
import torch.nn as nn
torch.manual_seed(0)
lin = nn.Linear(3, 2)
print(lin.weight)
print(lin.bias)
print(lin.weight.shape, lin.bias.shape)
y = lin(torch.tensor([[1.0, 2.0, 3.0]]))
print(y)
print(y.shape)
