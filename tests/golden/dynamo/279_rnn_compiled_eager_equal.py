# eager-equal
# Spec: docs/compiler-api.md "Recurrent layers": a compiled function that calls an nn.GRU /
# nn.LSTM returns what eager returns (the modules run eagerly after Dynamo's "Attempted to wrap
# RNN, GRU, or LSTM" graph break); the cells (nn.LSTMCell, nn.GRUCell,
# nn.RNNCell) are traced, and a loop over time steps inside a compiled function gives eager's
# values and gradients.
import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(2, 3, batch_first=True)
lstm = nn.LSTM(2, 3, num_layers=2, bidirectional=True)
cell = nn.LSTMCell(2, 3)
gcell = nn.GRUCell(2, 3)
x = torch.randn(2, 4, 2)



@torch.compile(backend="eager")
def both(x):
    out, h = gru(x)
    o2, (h2, c2) = lstm(x.transpose(0, 1))
    return out, h, o2, h2, c2


out, h, o2, h2, c2 = both(x)
print(out)
print(h)
print(o2.detach(), h2.detach(), c2.detach())


@torch.compile(backend="eager")
def unroll(x):
    hx = torch.zeros(2, 3)
    cx = torch.zeros(2, 3)
    hg = torch.zeros(2, 3)
    outs = []
    for t in range(x.size(1)):
        hx, cx = cell(x[:, t], (hx, cx))
        hg = gcell(x[:, t], hg)
        outs.append(hx + hg)
    return torch.stack(outs, 1)


y = unroll(x)
print(y)
y.sum().backward()
print(cell.weight_hh.grad)
print(gcell.bias_ih.grad)


@torch.compile(backend="eager")
def step(x, h):
    out, h = gru(x, h)
    return out.relu(), h * 2


r, hr = step(x, torch.ones(1, 2, 3))
print(r)
print(hr)
