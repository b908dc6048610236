# Errors of the recurrent modules: constructor checks, input/hidden size checks of RNN, LSTM and
# GRU (messages of torch/nn/modules/rnn.py), dimension checks, and the cells' ATen checks; the checks
# PyTorch 2.x added are in nn_rnn_errors_2x.py.
import torch
import torch.nn as nn


def attempt(fn):
    try:
        r = fn()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: nn.GRU(3, 4, proj_size=2))
attempt(lambda: nn.RNN(3, 4, proj_size=2))
attempt(lambda: nn.LSTM(3, 4, dropout=1.5))
attempt(lambda: nn.LSTM(3, 4, dropout=True))
attempt(lambda: nn.LSTM(3, 4, proj_size=-1))
attempt(lambda: nn.LSTM(3, 4, proj_size=4))
torch.manual_seed(0)
lstm = nn.LSTM(4, 3)
gru = nn.GRU(4, 3, batch_first=True)
rnn = nn.RNN(4, 3, num_layers=2)
x = torch.randn(5, 2, 4)
attempt(lambda: lstm(torch.randn(5, 2, 5)))
attempt(lambda: gru(torch.randn(5, 2, 5)))
attempt(lambda: lstm(x, (torch.zeros(1, 3, 3), torch.zeros(1, 2, 3))))
attempt(lambda: lstm(x, (torch.zeros(1, 2, 3), torch.zeros(2, 2, 3))))
attempt(lambda: lstm(x, (torch.zeros(2, 3), torch.zeros(1, 2, 3))))
attempt(lambda: lstm(torch.randn(5, 4), (torch.zeros(1, 2, 3), torch.zeros(1, 2, 3))))
attempt(lambda: gru(x, torch.zeros(1, 2, 3)))
attempt(lambda: gru(x, torch.zeros(1, 5, 3)))
attempt(lambda: gru(x, torch.zeros(5, 3)))
attempt(lambda: gru(torch.randn(5, 4), torch.zeros(1, 1, 3)))
attempt(lambda: rnn(x, torch.zeros(1, 2, 3)))
attempt(lambda: lstm(torch.randn(0, 2, 4)))
lc = nn.LSTMCell(4, 3)
gc = nn.GRUCell(4, 3)
rc = nn.RNNCell(4, 3)
attempt(lambda: lc(torch.randn(2, 5)))
attempt(lambda: lc(torch.randn(2, 4), (torch.zeros(3, 3), torch.zeros(2, 3))))
attempt(lambda: gc(torch.randn(2, 5)))
attempt(lambda: gc(torch.randn(2, 4), torch.zeros(2, 4)))
attempt(lambda: rc(torch.randn(2, 4), torch.zeros(3, 3)))
attempt(lambda: rc(torch.randn(2, 5), torch.zeros(2, 3)))
rc.nonlinearity = 'gelu'
attempt(lambda: rc(torch.randn(2, 4)))
