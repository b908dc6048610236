# MSELoss and L1Loss with reduction none/mean/sum, broadcasting warning shapes, gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
t = torch.randn(3, 4)
for cls in (nn.MSELoss, nn.L1Loss):
    for red in ("none", "mean", "sum"):
        fn = cls(reduction=red)
        out = fn(x, t)
        print(fn, red, out.grad_fn.name())
        print(out)
        out.sum().backward()
        print(x.grad[0])
        x.grad = None
print(F.mse_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 4.0])))
print(F.l1_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 4.0]), reduction="sum"))
try:
    F.mse_loss(x, t, reduction="avg")
except Exception as e:
    print(type(e).__name__, e)
print(F.mse_loss(torch.zeros(0), torch.zeros(0), reduction="sum"))
