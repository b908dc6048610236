# nn.GRU: seeded parameters, forward values bit for bit, grad_fn names, gradients of every weight,
# batch_first (transpose_ of the output: TransposeBackward1), bidirectional and multi-layer stacks,
# a given h0, unbatched input.
import torch
import torch.nn as nn

torch.manual_seed(1)
gru = nn.GRU(3, 4)
print(gru)
print([(n, tuple(p.shape)) for n, p in gru.named_parameters()])
x = torch.randn(6, 2, 3)
out, h = gru(x)
print(out.grad_fn.name(), h.grad_fn.name())
print(out.flatten().tolist())
print(h)
(out * torch.arange(4.0)).sum().backward()
for name, p in gru.named_parameters():
    print(name, p.grad.flatten().tolist())

gbf = nn.GRU(3, 2, num_layers=2, batch_first=True, bidirectional=True)
print(gbf)
xb = torch.randn(2, 5, 3, requires_grad=True)
h0 = torch.randn(4, 2, 2)
ob, hb = gbf(xb, h0)
print(ob.grad_fn.name(), hb.grad_fn.name(), ob.shape, hb.shape, ob.is_contiguous())
print(ob.flatten().tolist())
print(hb.flatten().tolist())
(ob.sum() + hb.pow(2).sum()).backward()
print(xb.grad.flatten().tolist())
for name, p in gbf.named_parameters():
    print(name, p.grad.flatten().tolist())

xu = torch.randn(4, 3)
ou, hu = gru(xu, torch.randn(1, 4))
print(ou.grad_fn.name(), ou.shape, hu.shape)
print(ou.flatten().tolist(), hu.flatten().tolist())
