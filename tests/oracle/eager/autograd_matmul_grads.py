# Gradients of matmul in every rank combination, mv, bmm, outer, dot and addmm.
import torch

torch.manual_seed(0)
for sa, sb in [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 2)), ((2, 3), (3, 4)), ((2, 2, 3), (3, 4)),
               ((2, 2, 3), (2, 3, 1)), ((1, 2, 3), (4, 3, 2))]:
    a = torch.randn(*sa, requires_grad=True)
    b = torch.randn(*sb, requires_grad=True)
    out = a @ b
    out.sum().backward()
    print(sa, sb, tuple(out.shape), round(a.grad.sum().item(), 4), round(b.grad.sum().item(), 4))
m = torch.randn(3, 2, requires_grad=True)
v = torch.randn(2, requires_grad=True)
torch.mv(m, v).sum().backward()
print(m.grad, v.grad)
c = torch.randn(2, requires_grad=True)
torch.addmm(c, m.t(), m).sum().backward()
print(c.grad, m.grad)
