# Gradients of matmul (every rank combination), mm, bmm, linear.
import torch

torch.manual_seed(0)
shapes = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 2)), ((2, 3), (3, 4)), ((2, 2, 3), (3, 2)), ((2, 2, 3), (2, 3, 2)),
          ((3,), (2, 3, 2)), ((1, 2, 3), (4, 3, 2))]
for sa, sb in shapes:
    a = torch.randn(*sa, dtype=torch.float64, requires_grad=True)
    b = torch.randn(*sb, dtype=torch.float64, requires_grad=True)
    (a @ b).sum().backward()
    print(sa, sb, round(a.grad.sum().item(), 6), round(b.grad.sum().item(), 6))
x = torch.randn(4, 3, requires_grad=True)
w = torch.randn(2, 3, requires_grad=True)
bias = torch.randn(2, requires_grad=True)
torch.nn.functional.linear(x, w, bias).pow(2).sum().backward()
print(x.grad.shape, w.grad, bias.grad)
