# Gradients of broadcast operands are summed back to their shapes.
import torch

a = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
b = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
c = torch.tensor([[2.0], [3.0]], requires_grad=True)
s = torch.tensor(1.5, requires_grad=True)
y = ((a - b) * c / s + b).sum()
y.backward()
print(a.grad)
print(b.grad)
print(c.grad)
print(s.grad)
