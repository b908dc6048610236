# .grad accumulates over backward calls; zeroing and set to None.
import torch

x = torch.tensor([1.0, -2.0], requires_grad=True)
for i in range(3):
    (x * x * (i + 1)).sum().backward()
    print(i, x.grad)
g = x.grad
(x * 3).sum().backward()
print(g is x.grad, x.grad)
x.grad.zero_()
print(x.grad)
x.grad = None
(x.exp()).sum().backward()
print(x.grad)
