# Gradients of max/min (with ties), amax, sort, topk, mean over dims, sum with keepdim.
import torch

x = torch.tensor([[1.0, 3.0, 3.0], [2.0, 0.0, 2.0]], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.max(dim=1).values.sum().backward()
print(x.grad)
x.grad = None
x.amax(dim=1).sum().backward()
print(x.grad)
x.grad = None
x.min().backward()
print(x.grad)
x.grad = None
v, i = x.sort(dim=1, descending=True)
(v * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(i, x.grad)
x.grad = None
t = x.flatten().topk(2)
t.values.sum().backward()
print(t.indices, x.grad)
x.grad = None
x.mean(dim=0, keepdim=True).sum().backward()
print(x.grad)
x.grad = None
(x.sum(1, keepdim=True) * x).sum().backward()
print(x.grad)
