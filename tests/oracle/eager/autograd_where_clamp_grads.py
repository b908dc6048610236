# Gradients of where, clamp (inside, at and outside the bounds), abs at 0, relu at 0, maximum ties.
import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 1.0, 3.0], requires_grad=True)
torch.where(x > 0, x * x, -x).sum().backward()
print(x.grad)
x.grad = None
x.clamp(-0.5, 1.0).sum().backward()
print(x.grad)
x.grad = None
x.clamp(min=0).sum().backward()
print(x.grad)
x.grad = None
x.abs().sum().backward()
print(x.grad)
x.grad = None
x.relu().sum().backward()
print(x.grad)
x.grad = None
torch.maximum(x, torch.full((6,), 0.5)).sum().backward()
print(x.grad)
x.grad = None
torch.clip(x, max=0.5).sum().backward()
print(x.grad)
