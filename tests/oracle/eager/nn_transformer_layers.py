# nn.TransformerEncoderLayer / TransformerEncoder / TransformerDecoderLayer / TransformerDecoder /
# Transformer (docs/models.md, "Transformer layers"): reprs, seeded weights (submodules created in
# PyTorch's order; Transformer re-initializes every matrix with xavier_uniform_), post- and pre-norm
# layers, relu / gelu / a callable activation, masks, batch_first, dropout in training mode,
# gradients, and the inference path of an encoder with a key padding mask (padded positions 0).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16)
print(layer)
print([(n, tuple(p.shape)) for n, p in layer.named_parameters()])
print(layer.linear1.weight[0], layer.self_attn.in_proj_weight[0])
src = torch.randn(5, 2, 8)
layer.eval()
print(layer(src)[0].detach())
mask = nn.Transformer.generate_square_subsequent_mask(5)
print(mask)
print(layer(src, src_mask=mask)[4].detach())
kpm = torch.tensor([[False, False, False, True, True], [False, False, False, False, False]])
print(layer(src, src_key_padding_mask=kpm)[1].detach())
layer.train()
torch.manual_seed(1)
print("train", layer(src)[2].detach())

# encoder stack: independent copies of the layer, final norm
torch.manual_seed(2)
enc_layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0, activation="gelu", norm_first=True)
enc = nn.TransformerEncoder(enc_layer, num_layers=2, norm=nn.LayerNorm(8))
print(enc.layers[0].linear1.weight is enc.layers[1].linear1.weight,
      torch.equal(enc.layers[0].linear1.weight, enc_layer.linear1.weight))
with torch.no_grad():
    enc.layers[1].linear2.bias.fill_(0.5)
print(enc_layer.linear2.bias[:2], enc.layers[0].linear2.bias[:2])
out = enc(src)
print(out[3].detach())
(out[..., 0] * 3 + out[..., 1]).sum().backward()
print(enc.layers[0].self_attn.in_proj_weight.grad[0], enc.norm.weight.grad)

# batch_first encoder with a key padding mask, in inference without gradients
torch.manual_seed(3)
bf_layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)
bf = nn.TransformerEncoder(bf_layer, 2)
bf.eval()
xb = torch.randn(2, 4, 8)
pad = torch.tensor([[False, False, True, True], [False, False, False, False]])
with torch.no_grad():
    print(bf(xb, src_key_padding_mask=pad))
print(bf(xb, src_key_padding_mask=pad)[0, 3].detach())

# callable activation
torch.manual_seed(4)
act = nn.TransformerEncoderLayer(4, 1, 8, dropout=0.0, activation=torch.tanh)
print(act(torch.randn(2, 1, 4)).detach())
mod_act = nn.TransformerEncoderLayer(4, 1, 8, dropout=0.0, activation=nn.GELU())
print(mod_act)

# decoder
torch.manual_seed(5)
dec_layer = nn.TransformerDecoderLayer(8, 2, 16, dropout=0.0)
print(dec_layer)
dec = nn.TransformerDecoder(dec_layer, 2, norm=nn.LayerNorm(8))
tgt = torch.randn(3, 2, 8)
memory = torch.randn(5, 2, 8)
tmask = nn.Transformer.generate_square_subsequent_mask(3)
print(dec(tgt, memory)[0].detach())
print(dec(tgt, memory, tgt_mask=tmask)[2].detach())
print(dec(tgt, memory, tgt_mask=tmask, memory_key_padding_mask=torch.tensor([[False] * 4 + [True], [False] * 5]))[1].detach())
pre = nn.TransformerDecoderLayer(8, 2, 16, dropout=0.0, norm_first=True, batch_first=True, activation="gelu")
print(pre(tgt.transpose(0, 1), memory.transpose(0, 1))[1].detach())

# the full model
torch.manual_seed(6)
model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=16,
                       dropout=0.0)
print(sum(p.numel() for p in model.parameters()))
print(model.encoder.layers[0].linear1.weight[0], model.decoder.layers[0].multihead_attn.in_proj_weight[0])
print(model.encoder.layers[1].self_attn.out_proj.bias, model.decoder.norm.bias)
s = torch.randn(5, 2, 8)
t = torch.randn(3, 2, 8)
y = model(s, t, tgt_mask=model.generate_square_subsequent_mask(3))
print(y.detach())
y[..., :3].sum().backward()
print(model.decoder.layers[0].linear2.weight.grad[0])
for bad in [(torch.randn(5, 3, 8), t), (torch.randn(5, 2, 6), t)]:
    try:
        model(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    nn.TransformerEncoderLayer(8, 2, activation="tanh")
except Exception as e:
    print(type(e).__name__, e)
