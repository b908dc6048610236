# zero_grad(set_to_none=True) (the default) and set_to_none=False; parameters without grads.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0], requires_grad=True)
opt = torch.optim.SGD([a, b], lr=0.5)
(a * 2).sum().backward()
print(a.grad, b.grad)
opt.step()
print(a, b)
opt.zero_grad(set_to_none=False)
print(a.grad, b.grad)
opt.zero_grad()
print(a.grad, b.grad)
