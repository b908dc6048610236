# CrossEntropyLoss with class-probability targets (soft labels), 3-d inputs, and a 1-d input.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
p = torch.softmax(torch.randn(3, 4), dim=1)
for red in ("none", "mean", "sum"):
    loss = F.cross_entropy(x, p, reduction=red)
    print(red, loss)
    loss.sum().backward()
    print(x.grad[0])
    x.grad = None
print(F.cross_entropy(x, p, weight=torch.tensor([1.0, 2.0, 3.0, 4.0])))
print(F.cross_entropy(x, p, label_smoothing=0.2))
x3 = torch.randn(2, 3, 2, requires_grad=True)
y3 = torch.tensor([[0, 2], [1, 1]])
l3 = F.cross_entropy(x3, y3)
print(l3)
l3.backward()
print(x3.grad)
v = torch.tensor([1.0, 2.0, 0.5], requires_grad=True)
l1 = F.cross_entropy(v, torch.tensor(1))
print(l1)
l1.backward()
print(v.grad)
