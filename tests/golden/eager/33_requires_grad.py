# Expected output derived from: PyTorch printing: requires_grad=True on leaves, grad_fn=<...Backward0> on results.
import torch
x = torch.ones(2, requires_grad=True)
print(x)
y = x * 2
print(y)
print(y.sum())
print(x.requires_grad, y.requires_grad, x.is_leaf, y.is_leaf)
print(y.detach())
