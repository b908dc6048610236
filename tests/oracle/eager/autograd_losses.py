# Gradients of the losses: MSE, cross entropy (weights, ignore_index, reductions), NLL.
import torch
import torch.nn.functional as F

logits0 = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 3.0], [0.0, 0.0, 0.0]])
target = torch.tensor([1, 2, 0])
for reduction in ("mean", "sum", "none"):
    x = logits0.clone().requires_grad_()
    loss = F.cross_entropy(x, target, reduction=reduction)
    loss.sum().backward()
    print("ce", reduction, x.grad)
x = logits0.clone().requires_grad_()
F.cross_entropy(x, target, weight=torch.tensor([1.0, 2.0, 0.5])).backward()
print("ce weight", x.grad)
x = logits0.clone().requires_grad_()
F.cross_entropy(x, torch.tensor([1, -100, 0])).backward()
print("ce ignore", x.grad)
x = logits0.clone().requires_grad_()
F.nll_loss(F.log_softmax(x, 1), target).backward()
print("nll", x.grad)
p = torch.tensor([0.5, 1.5, -2.0], requires_grad=True)
t = torch.tensor([1.0, 1.0, 0.0])
F.mse_loss(p, t).backward()
print("mse", p.grad)
p.grad = None
F.mse_loss(p, t, reduction="sum").backward()
print("mse sum", p.grad)
