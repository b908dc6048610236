# Model zoo: an LSTM cell written by hand (one Linear for the four gates, chunk(4, dim=1), sigmoid /
# tanh), unrolled over the time steps of the input with a Python loop; returns (output, (h, c)).
# PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class LSTMCell(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.ih = nn.Linear(input_size, 4 * hidden_size)
        self.hh = nn.Linear(hidden_size, 4 * hidden_size)

    def forward(self, x, state):
        h, c = state
        gates = self.ih(x) + self.hh(h)
        i, f, g, o = gates.chunk(4, dim=1)
        i, f, o = torch.sigmoid(i), torch.sigmoid(f), torch.sigmoid(o)
        g = torch.tanh(g)
        c = f * c + i * g
        h = o * torch.tanh(c)
        return h, c


class LSTM(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.cell = LSTMCell(input_size, hidden_size)

    def forward(self, xs):
        batch = xs.size(1)
        h = xs.new_zeros(batch, self.cell.hidden_size)
        c = xs.new_zeros(batch, self.cell.hidden_size)
        outputs = []
        for t in range(xs.size(0)):
            h, c = self.cell(xs[t], (h, c))
            outputs.append(h)
        return torch.stack(outputs), (h, c)


torch.manual_seed(0)
model = LSTM(3, 5)
xs = torch.randn(4, 2, 3)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
out_e, (h_e, c_e) = model(xs)
out_c, (h_c, c_c) = compiled(xs)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(out_c, out_e) and torch.equal(h_c, h_e) and torch.equal(c_c, c_e))
print(out_c.shape, h_c.shape)
