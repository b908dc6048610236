# Model zoo: recurrent text models as tutorials write them. A sentiment classifier (Embedding ->
# 2-layer bidirectional nn.LSTM with batch_first -> Linear on the last layer's two final hidden
# states, torch.cat), a GRU tagger (Embedding -> nn.GRU -> Linear -> log_softmax), and a decoder
# loop over nn.LSTMCell. PyTorch 2.9 (allow_rnn False): the LSTM / GRU call is a graph break
# ("Attempted to wrap RNN, GRU, or LSTM"), so each of the first two models is two graphs (before
# and after the call); the LSTMCell decoder is one graph.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch._dynamo.testing import CompileCounter


class SentimentLSTM(nn.Module):
    def __init__(self, vocab, emb, hidden, classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, tokens):
        embedded = self.embedding(tokens)
        output, (hidden, cell) = self.lstm(embedded)
        hidden = torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)
        return self.fc(hidden)


class GRUTagger(nn.Module):
    def __init__(self, vocab, emb, hidden, tags):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden)
        self.hidden2tag = nn.Linear(hidden, tags)

    def forward(self, sentence):
        embeds = self.embedding(sentence)
        out, _ = self.gru(embeds.view(len(sentence), 1, -1))
        tag_space = self.hidden2tag(out.view(len(sentence), -1))
        return F.log_softmax(tag_space, dim=1)


class CellDecoder(nn.Module):
    def __init__(self, size, hidden, steps):
        super().__init__()
        self.steps = steps
        self.cell = nn.LSTMCell(size, hidden)
        self.out = nn.Linear(hidden, size)

    def forward(self, x):
        h = torch.zeros(x.size(0), self.cell.hidden_size)
        c = torch.zeros(x.size(0), self.cell.hidden_size)
        outputs = []
        for _ in range(self.steps):
            h, c = self.cell(x, (h, c))
            x = self.out(h)
            outputs.append(x)
        return torch.stack(outputs, 1)


def check(model, *inputs):
    cnt = CompileCounter()
    compiled = torch.compile(model, backend=cnt)
    eager = model(*inputs)
    got = compiled(*inputs)
    print(type(model).__name__, "graphs:", cnt.frame_count, "same as eager:", torch.equal(got, eager),
          tuple(got.shape))


torch.manual_seed(0)
check(SentimentLSTM(20, 8, 6, 3), torch.randint(0, 20, (4, 7)))
check(GRUTagger(10, 6, 5, 3), torch.tensor([1, 4, 2, 7, 3]))
check(CellDecoder(3, 4, 5), torch.randn(2, 3))
