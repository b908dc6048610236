# The checks of the recurrent modules that PyTorch 2.x added or reworded (listed in
# tests/oracle/differences.txt; the expected output is reviewed against torch/nn/modules/rnn.py):
# constructor argument checks, input and hidden dimension checks, the input dtype check; and
# pad_sequence's padding_side (2.x).
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence


def attempt(fn):
    try:
        r = fn()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: nn.RNN(3, 4, nonlinearity='sigmoid'))
torch.manual_seed(0)
lstm = nn.LSTM(4, 3)
gru = nn.GRU(4, 3, batch_first=True)
rnn = nn.RNN(4, 3, num_layers=2)
x = torch.randn(5, 2, 4)
lc = nn.LSTMCell(4, 3)
gc = nn.GRUCell(4, 3)
rc = nn.RNNCell(4, 3)
attempt(lambda: nn.LSTM(3, 0))
attempt(lambda: nn.LSTM(3, 2.5))
attempt(lambda: nn.LSTM(3, 4, num_layers=0))
attempt(lambda: lstm(torch.randn(2, 2, 2, 4)))
attempt(lambda: gru(torch.randn(4)))
attempt(lambda: rnn(torch.randn(2, 2, 2, 4)))
attempt(lambda: rnn(x.double()))
attempt(lambda: lc(torch.randn(1, 2, 4)))
attempt(lambda: lc(torch.randn(2, 4), (torch.zeros(1, 2, 3), torch.zeros(2, 3))))
attempt(lambda: gc(torch.randn(2, 4), torch.zeros(1, 2, 3)))
attempt(lambda: rc(torch.randn(2, 2, 4)))
attempt(lambda: lc(torch.randn(2, 4), (torch.zeros(2, 3), torch.zeros(2, 2))))
attempt(lambda: lstm(pack_padded_sequence(torch.randn(4, 3, 5), [4, 2, 3], enforce_sorted=False)))
attempt(lambda: print(pad_sequence([torch.tensor([1, 2]), torch.tensor([3])], batch_first=True, padding_side="left")))
attempt(lambda: pad_sequence([torch.tensor([1, 2])], padding_side="middle"))
