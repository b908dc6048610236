# nn.RNNCell, nn.LSTMCell, nn.GRUCell: seeded parameters, reprs, a loop over time steps as the
# documentation writes it, values bit for bit, gradients through the loop, unbatched input,
# missing hidden state (zeros), bias=False.
import torch
import torch.nn as nn

torch.manual_seed(3)
rc = nn.RNNCell(3, 4)
lc = nn.LSTMCell(3, 4)
gc = nn.GRUCell(3, 4)
print(rc, lc, gc, nn.RNNCell(3, 4, bias=False, nonlinearity='relu'), nn.GRUCell(2, 2, False))
print([n for n, _ in lc.named_parameters()], lc.weight_ih.shape, gc.weight_hh.shape)
print(nn.LSTMCell(2, 2, bias=False).bias_ih)
inp = torch.randn(6, 2, 3)
hx = torch.randn(2, 4)
cx = torch.randn(2, 4)
hr, hg = hx, hx
outs = []
for i in range(6):
    hx, cx = lc(inp[i], (hx, cx))
    hr = rc(inp[i], hr)
    hg = gc(inp[i], hg)
    outs.append(hx)
out = torch.stack(outs, dim=0)
print(hx.grad_fn.name(), cx.grad_fn.name(), hr.grad_fn.name(), hg.grad_fn.name())
print(out.flatten().tolist())
print(cx.flatten().tolist())
print(hr.flatten().tolist())
print(hg.flatten().tolist())
(out.sum() + cx.sum() + hr.sum() + hg.pow(2).sum()).backward()
for m in (rc, lc, gc):
    for name, p in m.named_parameters():
        print(type(m).__name__, name, p.grad.flatten().tolist())

v = torch.randn(3)
print(rc(v), gc(v), lc(v))
print(rc(v, torch.ones(4)).shape)
relu = nn.RNNCell(3, 4, nonlinearity='relu', bias=False)
print(relu(inp[0]))
