# autograd.grad returns gradients without touching .grad; allow_unused; grad_outputs.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
y = (x * w).pow(2).sum()
gx, gw = torch.autograd.grad(y, [x, w])
print(gx, gw, x.grad, w.grad)
u = torch.tensor([1.0], requires_grad=True)
try:
    torch.autograd.grad((x * 2).sum(), [x, u])
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.autograd.grad((x * 2).sum(), [x, u], allow_unused=True))
print(torch.autograd.grad(x * 3, x, grad_outputs=torch.tensor([1.0, 0.0, -1.0])))
h = x * 2
print(torch.autograd.grad((h * h).sum(), h))
