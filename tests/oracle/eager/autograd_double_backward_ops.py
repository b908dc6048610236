# Double backward (create_graph=True) through more ops: relu, softmax, log_softmax, matmul, mean,
# var, norm, a gradient penalty on a Linear layer, and Function-free hessian-vector products.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
for name, f in [("relu", lambda t: (t.relu() * t).sum()), ("softmax", lambda t: (t.softmax(0) * t).sum()),
                ("log_softmax", lambda t: (t.log_softmax(0) * torch.tensor([1.0, 0.0, 0.0])).sum()), ("var", lambda t: t.var()),
                ("norm", lambda t: t.norm()), ("mean", lambda t: (t * t).mean())]:
    (g,) = torch.autograd.grad(f(x), x, create_graph=True)
    (h,) = torch.autograd.grad(g.sum(), x)
    print(name, g.detach(), h)
lin = nn.Linear(3, 2)
inp = torch.randn(4, 3, requires_grad=True)
out = lin(inp).pow(2).sum()
(gi,) = torch.autograd.grad(out, inp, create_graph=True)
penalty = (gi.norm(dim=1) - 1).pow(2).mean()
penalty.backward()
print(round(penalty.item(), 4), lin.weight.grad, lin.bias.grad)
w = torch.tensor([1.0, 2.0], requires_grad=True)
v = torch.tensor([0.5, -1.0])
loss = (w ** 3).sum() + w.prod()
(gw,) = torch.autograd.grad(loss, w, create_graph=True)
(hv,) = torch.autograd.grad(gw, w, grad_outputs=v)
print(gw, hv)
