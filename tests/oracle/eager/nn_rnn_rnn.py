# nn.RNN with tanh and relu: seeded parameters, forward values bit for bit, gradients, bias=False,
# a given h0, multi-layer stacks with dropout between layers (training mode draws the masks from
# the generator; eval mode does not).
import torch
import torch.nn as nn

torch.manual_seed(2)
rnn = nn.RNN(3, 4, 2)
print(rnn)
print([n for n, _ in rnn.named_parameters()])
x = torch.randn(5, 3, 3)
h0 = torch.randn(2, 3, 4, requires_grad=True)
out, h = rnn(x, h0)
print(out.grad_fn.name(), h.grad_fn.name())
print(out.flatten().tolist())
print(h.flatten().tolist())
out.sum().backward()
print(h0.grad.flatten().tolist())
for name, p in rnn.named_parameters():
    print(name, p.grad.flatten().tolist())

relu = nn.RNN(3, 4, 1, nonlinearity='relu', bias=False, batch_first=True)
print(relu, relu.nonlinearity, relu.mode)
o, hr = relu(torch.randn(2, 4, 3))
print(o)
print(hr)

drop = nn.RNN(3, 3, num_layers=3, dropout=0.5)
print(drop)
xd = torch.randn(4, 2, 3)
torch.manual_seed(5)
o1, _ = drop(xd)
print(o1.flatten().tolist())
drop.eval()
o2, _ = drop(xd)
print(o2.flatten().tolist())
print(torch.equal(o1, o2))
drop.train()
torch.manual_seed(5)
o3, _ = drop(xd)
print(torch.equal(o1, o3))
bi = nn.RNN(2, 2, bidirectional=True, nonlinearity='relu')
ob, hb = bi(torch.randn(3, 2))
print(ob, hb)
