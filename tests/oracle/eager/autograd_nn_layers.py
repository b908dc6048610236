# Gradients through nn layers: Linear, Conv2d, MaxPool2d, AdaptiveAvgPool2d, LayerNorm, Embedding.
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(2, 3, 3, padding=1)
x = torch.randn(1, 2, 4, 4, requires_grad=True)
y = nn.AdaptiveAvgPool2d(1)(nn.MaxPool2d(2)(conv(x).relu()))
y.sum().backward()
print(round(conv.weight.grad.sum().item(), 4), conv.bias.grad, round(x.grad.abs().sum().item(), 4))
ln = nn.LayerNorm(4)
h = torch.randn(3, 4, requires_grad=True)
(ln(h) * torch.arange(4.0)).sum().backward()
print(ln.weight.grad, ln.bias.grad)
print(h.grad)
emb = nn.Embedding(5, 2)
idx = torch.tensor([[0, 3], [3, 4]])
(emb(idx) ** 2).sum().backward()
print(emb.weight.grad)
emb2 = nn.Embedding(4, 2, padding_idx=1)
emb2(torch.tensor([1, 2, 1])).sum().backward()
print(emb2.weight.grad)
