# Gradients of softmax / log_softmax along each dim.
import torch

x0 = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 3.0]])
wt = torch.tensor([[1.0, -2.0, 0.5], [2.0, 0.0, 1.0]])
for dim in (0, 1):
    x = x0.clone().requires_grad_()
    (torch.softmax(x, dim) * wt).sum().backward()
    print("softmax", dim, x.grad)
    x = x0.clone().requires_grad_()
    (torch.log_softmax(x, dim) * wt).sum().backward()
    print("log_softmax", dim, x.grad)
