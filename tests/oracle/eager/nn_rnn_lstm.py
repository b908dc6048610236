# nn.LSTM: parameters (names, order, seeded init), forward values bit for bit (tolist), h_n/c_n,
# backward gradients of every weight and of the input, batch_first, a given (h0, c0), unbatched
# input, multi-layer and bidirectional stacks. Values are printed detached (grad_fn names of LSTM
# outputs depend on the CPU kernel PyTorch picks; see docs/eager-semantics.md).
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(4, 3)
print(lstm)
for name, p in lstm.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
print(lstm.weight_ih_l0)
print(lstm.bias_hh_l0.tolist())
x = torch.randn(5, 2, 4, requires_grad=True)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
print(out.detach().flatten().tolist())
print(h.detach().tolist(), c.detach().tolist())
print(torch.equal(out[-1], h[0]))
(out.pow(2).sum() + c.sum()).backward()
for name, p in lstm.named_parameters():
    print(name, p.grad.flatten().tolist())
print(x.grad.flatten().tolist())

# batch_first with a given state
lstm_bf = nn.LSTM(4, 3, batch_first=True)
print(lstm_bf)
xb = torch.randn(2, 6, 4)
h0 = torch.randn(1, 2, 3, requires_grad=True)
c0 = torch.randn(1, 2, 3, requires_grad=True)
ob, (hb, cb) = lstm_bf(xb, (h0, c0))
print(ob.shape, ob.detach().flatten().tolist())
print(hb.detach().tolist(), cb.detach().tolist())
ob[:, -1].sum().backward()
print(h0.grad.tolist(), c0.grad.tolist())
print(lstm_bf.weight_hh_l0.grad.flatten().tolist())

# two layers, bidirectional, no bias
deep = nn.LSTM(3, 2, num_layers=2, bidirectional=True, bias=False)
print(deep)
print([n for n, _ in deep.named_parameters()])
print([tuple(w.shape) for layer in deep.all_weights for w in layer])
xd = torch.randn(4, 3, 3)
od, (hd, cd) = deep(xd)
print(od.shape, hd.shape, cd.shape)
print(od.detach().flatten().tolist())
print(hd.detach().flatten().tolist())
print(cd.detach().flatten().tolist())
od.sum().backward()
print(deep.weight_ih_l1_reverse.grad.flatten().tolist())
print(deep.weight_hh_l0.grad.flatten().tolist())

# unbatched input (L, H_in) and unbatched state (D*num_layers, H_out)
xu = torch.randn(3, 4)
ou, (hu, cu) = lstm(xu)
print(ou.shape, hu.shape, cu.shape, ou.detach().flatten().tolist())
ou2, _ = lstm(xu, (torch.zeros(1, 3), torch.ones(1, 3)))
print(ou2.detach().flatten().tolist())
with torch.no_grad():
    print(lstm(x)[0][0])
