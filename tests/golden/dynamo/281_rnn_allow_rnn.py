# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Recurrent layers": with torch._dynamo.config.allow_rnn = True Dynamo
# traces nn.GRU / nn.LSTM like other modules: their forward calls torch._VF.gru / torch._VF.lstm
# (C functions in PyTorch), one torch.gru / torch.lstm node each with the module's flat weights as
# a list, the missing states as torch.zeros nodes and the results read with getitem. Values
# equal eager's.
import torch
import torch.nn as nn

torch._dynamo.config.allow_rnn = True
torch.manual_seed(0)


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 3, batch_first=True)
        self.lstm = nn.LSTM(3, 3)

    def forward(self, x):
        o, h = self.gru(x)
        o2, (h2, c2) = self.lstm(o)
        return o2.sum(-1), h.sum() + h2.sum()


m = M()
x = torch.randn(3, 4, 2)
y, s = torch.compile(m, backend="eager")(x)
print(y)
print(s)
