# torch.nn.functional activations with their arguments: relu, relu6, leaky_relu, elu, gelu,
# silu, softplus, hardtanh, sigmoid, tanh, softmax/log_softmax; inplace variants.
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 7)
print(F.relu(x))
print(F.relu6(x * 3))
print(F.leaky_relu(x, 0.1))
print(F.elu(x, alpha=2.0))
print(F.gelu(x))
print(F.gelu(x, approximate="tanh"))
print(F.silu(x))
print(F.softplus(x, beta=0.5, threshold=1.0))
print(F.hardtanh(x, -2.0, 2.0))
print(F.sigmoid(x), F.tanh(x))
print(F.softmax(x, dim=0), F.log_softmax(x, dim=0))
y = x.clone()
F.relu(y, inplace=True)
print(y)
z = x.clone()
F.leaky_relu(z, 0.5, inplace=True)
print(z)
