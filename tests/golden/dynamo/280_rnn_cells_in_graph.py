# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Recurrent layers": nn.LSTMCell / nn.GRUCell / nn.RNNCell are traced
# (only nn.RNN, nn.GRU and nn.LSTM are refused by wrap_module); their forward calls
# torch._VF.lstm_cell / gru_cell / rnn_tanh_cell, which are C functions in PyTorch, so each call is
# one call_function node torch.lstm_cell / torch.gru_cell / torch.rnn_tanh_cell (the LSTM cell's
# tuple result read with getitem), and the cell's zeros for a missing state is a torch.zeros node.
# Values and gradients equal eager's.
import torch
import torch.nn as nn

torch.manual_seed(0)
cell = nn.LSTMCell(2, 3)
g = nn.GRUCell(2, 3)
r = nn.RNNCell(2, 3)


@torch.compile(backend="eager")
def f(x, h, c):
    h, c = cell(x, (h, c))
    return h + g(x, h) + r(x), c


x = torch.randn(4, 2)
y, c = f(x, torch.zeros(4, 3), torch.zeros(4, 3))
print(y)
print(c)
(y.sum() + c.sum()).backward()
print(cell.weight_ih.grad)
print(g.weight_hh.grad)
print(r.bias_ih.grad)
