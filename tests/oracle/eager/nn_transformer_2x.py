# What PyTorch 2.x's attention modules do differently from 1.13 (tests/oracle/differences.txt):
# the head-averaged attention weights are a mean (MeanBackward1), the transformer layers take
# is_causal (a hint that replaces an explicit causal mask) and bias=; MultiheadAttention's is_causal
# needs the mask.
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(4, 2)
x = torch.randn(3, 1, 4)
out, w = mha(x, x, x)
print(w.grad_fn.name(), out.grad_fn.name())

torch.manual_seed(1)
layer = nn.TransformerEncoderLayer(4, 2, 8, dropout=0.0)
mask = nn.Transformer.generate_square_subsequent_mask(3)
try:
    a = layer(x, src_mask=mask, is_causal=True)
    print(torch.equal(a, layer(x, src_mask=mask)))
except TypeError as e:
    print("TypeError", e)
try:
    nb = nn.TransformerEncoderLayer(4, 2, 8, bias=False)
    print([n for n, _ in nb.named_parameters()])
except TypeError as e:
    print("TypeError", e)
try:
    mha(x, x, x, is_causal=True)
except Exception as e:
    print(type(e).__name__, e)

# torch.backends.mha switches the inference fast path off (2.x); with it off, an encoder's padded
# positions are computed like the others (nn_transformer_layers prints the same row with gradients on)
torch.manual_seed(3)
bf = nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, batch_first=True), 2)
bf.eval()
xb = torch.randn(2, 4, 8)
pad = torch.tensor([[False, False, True, True], [False, False, False, False]])
with torch.no_grad():
    print(bf(xb, src_key_padding_mask=pad)[0, 3])
    try:
        torch.backends.mha.set_fastpath_enabled(False)
        print(torch.backends.mha.get_fastpath_enabled(), bf(xb, src_key_padding_mask=pad)[0, 3])
        torch.backends.mha.set_fastpath_enabled(True)
    except AttributeError as e:
        print("AttributeError", e)
