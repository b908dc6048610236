# Gradients through indexing: integer, slice, advanced with repeated indices, boolean masks,
# index_select, gather, masked_fill.
import torch

x = torch.arange(12.0).reshape(3, 4).requires_grad_()
x[1].sum().backward()
print(x.grad)
x.grad = None
x[:, 1:3].pow(2).sum().backward()
print(x.grad)
x.grad = None
x[torch.tensor([0, 0, 2])].sum().backward()
print(x.grad)
x.grad = None
x[x > 5].sum().backward()
print(x.grad)
x.grad = None
torch.index_select(x, 1, torch.tensor([3, 3, 0])).sum().backward()
print(x.grad)
x.grad = None
torch.gather(x, 1, torch.tensor([[0, 0], [1, 2], [3, 3]])).sum().backward()
print(x.grad)
x.grad = None
x.masked_fill(x < 4, 0.0).sum().backward()
print(x.grad)
