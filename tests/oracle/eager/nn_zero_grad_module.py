# Module.zero_grad (set_to_none default True and False), gradients after two backwards, and
# Tensor.grad.zero_().
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Linear(2, 2)
x = torch.tensor([[1.0, 2.0]])
m(x).sum().backward()
m(x).sum().backward()
print(m.weight.grad, m.bias.grad)
m.zero_grad(set_to_none=False)
print(m.weight.grad, m.bias.grad)
m(x).sum().backward()
print(m.weight.grad)
m.zero_grad(set_to_none=True)
print(m.weight.grad, m.bias.grad)
m(x).pow(2).sum().backward()
m.bias.grad.zero_()
print(m.weight.grad, m.bias.grad)
