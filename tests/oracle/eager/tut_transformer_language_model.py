# The model of PyTorch's "Language Modeling with nn.Transformer" tutorial, scaled down: a
# PositionalEncoding buffer, nn.TransformerEncoder over an nn.Embedding, a causal square mask from
# nn.Transformer.generate_square_subsequent_mask (detected as causal), a few SGD steps with gradient
# clipping in training mode (dropout), then evaluation.
import math
import torch
import torch.nn as nn


class PositionalEncoding(nn.Module):
    def __init__(self, d_model, dropout=0.1, max_len=50):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(max_len, 1, d_model)
        pe[:, 0, 0::2] = torch.sin(position * div_term)
        pe[:, 0, 1::2] = torch.cos(position * div_term)
        self.register_buffer("pe", pe)

    def forward(self, x):
        x = x + self.pe[:x.size(0)]
        return self.dropout(x)


class TransformerModel(nn.Module):
    def __init__(self, ntoken, d_model, nhead, d_hid, nlayers, dropout=0.5):
        super().__init__()
        self.model_type = "Transformer"
        self.pos_encoder = PositionalEncoding(d_model, dropout)
        encoder_layers = nn.TransformerEncoderLayer(d_model, nhead, d_hid, dropout)
        self.transformer_encoder = nn.TransformerEncoder(encoder_layers, nlayers)
        self.embedding = nn.Embedding(ntoken, d_model)
        self.d_model = d_model
        self.linear = nn.Linear(d_model, ntoken)
        self.init_weights()

    def init_weights(self):
        initrange = 0.1
        self.embedding.weight.data.uniform_(-initrange, initrange)
        self.linear.bias.data.zero_()
        self.linear.weight.data.uniform_(-initrange, initrange)

    def forward(self, src, src_mask=None):
        src = self.embedding(src) * math.sqrt(self.d_model)
        src = self.pos_encoder(src)
        output = self.transformer_encoder(src, src_mask)
        output = self.linear(output)
        return output


torch.manual_seed(0)
ntokens, bptt = 20, 6
model = TransformerModel(ntokens, d_model=16, nhead=2, d_hid=32, nlayers=2, dropout=0.2)
print(model)
print(sum(p.numel() for p in model.parameters()))
data = torch.randint(0, ntokens, (24, 3))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1.0)
src_mask = nn.Transformer.generate_square_subsequent_mask(bptt)
model.train()
for i in range(0, data.size(0) - 1 - bptt, bptt):
    src, tgt = data[i:i + bptt], data[i + 1:i + 1 + bptt].reshape(-1)
    output = model(src, src_mask)
    loss = criterion(output.view(-1, ntokens), tgt)
    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 0.5)
    optimizer.step()
    print(i, round(loss.item(), 4))
model.eval()
with torch.no_grad():
    src, tgt = data[:bptt], data[1:1 + bptt].reshape(-1)
    output = model(src, src_mask)
    print("eval loss", round(criterion(output.view(-1, ntokens), tgt).item(), 4))
    print(output[0, 0, :5])
    compiled = torch.compile(model)
    print("compiled", compiled(src, src_mask)[0, 0, :5], torch.equal(compiled(src), model(src)))
