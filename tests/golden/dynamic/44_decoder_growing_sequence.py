# logs: recompiles,graph_code
# eager-equal
# Spec: docs/dynamic-shapes.md §Shape rules — a small causal decoder generating token by token:
# the sequence length changes at every call, so after the first recompile the length is dynamic
# (automatic dynamic) and the graph serves every later length. F.embedding, split and a view of
# a split chunk keep the symbol: their rules give the shapes and strides (embedding's meta, split
# as narrow views, ATen's computeStride for the view), so nothing specializes the length.
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class Decoder(nn.Module):
    def __init__(self, vocab=7, d=8, h=2, block=8):
        super().__init__()
        self.h = h
        self.tok = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(block, d)
        self.qkv = nn.Linear(d, 3 * d)
        self.head = nn.Linear(d, vocab, bias=False)

    def forward(self, idx):
        B, T = idx.shape
        x = self.tok(idx) + self.pos(torch.arange(T))
        C = x.size(-1)
        q, k, v = self.qkv(x).split(C, dim=2)
        q = q.view(B, T, self.h, C // self.h).transpose(1, 2)
        k = k.view(B, T, self.h, C // self.h).transpose(1, 2)
        v = v.view(B, T, self.h, C // self.h).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
        mask = torch.tril(torch.ones(T, T)).view(1, 1, T, T)
        att = F.softmax(att.masked_fill(mask == 0, float("-inf")), dim=-1)
        y = (att @ v).transpose(1, 2).contiguous().view(B, T, C)
        return self.head(y)


torch.manual_seed(0)
model = Decoder().eval()
compiled = torch.compile(model, backend="eager")
idx = torch.zeros(1, 1, dtype=torch.long)
with torch.no_grad():
    for _ in range(5):
        logits = compiled(idx)[:, -1, :]
        idx = torch.cat([idx, logits.argmax(dim=-1, keepdim=True)], dim=1)
print(idx.tolist())
