# Unbatched (2-D) inputs through the transformer modules (the batch dimension is added and removed
# inside), nn.Transformer's repr, and MultiheadAttention(batch_first=True) on an unbatched query.
import torch
import torch.nn as nn

torch.manual_seed(0)
enc = nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 8, dropout=0.0), 2)
x = torch.randn(3, 4)
print(enc(x))
dec = nn.TransformerDecoder(nn.TransformerDecoderLayer(4, 2, 8, dropout=0.0), 1)
print(dec(torch.randn(2, 4), x))
t = nn.Transformer(4, 2, 1, 1, 8, dropout=0.0)
print(t(torch.randn(3, 4), torch.randn(2, 4), tgt_mask=t.generate_square_subsequent_mask(2)))
print(t)
mha = nn.MultiheadAttention(4, 2, batch_first=True)
print(mha(x, x, x)[1])
