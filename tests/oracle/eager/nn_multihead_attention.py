# nn.MultiheadAttention (docs/models.md, "Transformer layers"): seeded parameters (out_proj's Linear
# init draws first, then in_proj_weight's xavier_uniform_; biases 0), the need_weights path
# (attention weights averaged over the heads or per head) and the need_weights=False path
# (scaled_dot_product_attention), boolean and float masks, key padding, batch_first, unbatched input,
# kdim/vdim, add_bias_kv, add_zero_attn, bias=False, dropout in training mode and gradients.
import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(8, 2)
print(mha)
for name, p in mha.named_parameters():
    print(name, tuple(p.shape), p.flatten()[:4])
x = torch.randn(3, 2, 8)
out, w = mha(x, x, x)
print(out.detach())
print(w.detach())
out2, none = mha(x, x, x, need_weights=False)
print(none, (out2 - out).abs().max() < 1e-6)
_, per_head = mha(x, x, x, average_attn_weights=False)
print(per_head.shape, per_head[1, 0].detach())

# cross-attention (key is value), separate key and value
mem = torch.randn(5, 2, 8)
o, w = mha(x, mem, mem)
print(o[0].detach(), w.shape)
o, w = mha(x, mem, torch.randn(5, 2, 8))
print(o[2].detach())

# masks: boolean (True = masked) and float, 2-D and 3-D; key padding
causal = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
o, w = mha(x, x, x, attn_mask=causal)
print("bool mask", o[1, 1].detach(), w[0].detach())
fmask = torch.randn(3, 3)
o, w = mha(x, x, x, attn_mask=fmask)
print("float mask", o[1, 1].detach(), w[1].detach())
mask3 = torch.rand(4, 3, 3) > 0.7
o, w = mha(x, x, x, attn_mask=mask3)
print("3-D mask", o[2, 0].detach(), w[1].detach())
kpm = torch.tensor([[False, False, True], [False, False, False]])
o, w = mha(x, x, x, key_padding_mask=kpm)
print("key padding", o[0].detach(), w[0].detach())
o, _ = mha(x, x, x, key_padding_mask=kpm, need_weights=False)
print("key padding sdpa", o[0].detach())
o, w = mha(x, x, x, key_padding_mask=kpm, attn_mask=causal)
print("both", o[2].detach(), w[0].detach())

# batch_first and unbatched
torch.manual_seed(1)
bf = nn.MultiheadAttention(6, 3, batch_first=True)
xb = torch.randn(2, 4, 6)
o, w = bf(xb, xb, xb)
print("batch_first", o.shape, o[1, 2].detach(), w.shape)
o, w = bf(xb[0], xb[0], xb[0])
print("unbatched", o.shape, o[3].detach(), w.shape)

# kdim / vdim: separate projection weights
torch.manual_seed(2)
kv = nn.MultiheadAttention(4, 2, kdim=3, vdim=5)
print([(n, tuple(p.shape)) for n, p in kv.named_parameters()])
print(kv.q_proj_weight[0], kv.in_proj_weight)
o, w = kv(torch.randn(2, 1, 4), torch.randn(3, 1, 3), torch.randn(3, 1, 5))
print(o.detach(), w.detach())

# add_bias_kv, add_zero_attn, bias=False
torch.manual_seed(3)
extra = nn.MultiheadAttention(4, 2, add_bias_kv=True, add_zero_attn=True)
print([n for n, _ in extra.named_parameters()], extra.bias_k.detach().flatten())
xe = torch.randn(3, 2, 4)
o, w = extra(xe, xe, xe, key_padding_mask=torch.tensor([[False, True, False], [False, False, False]]))
print(o[1].detach(), w.shape, w[0].detach())
nb = nn.MultiheadAttention(4, 1, bias=False)
print([n for n, _ in nb.named_parameters()], nb.in_proj_bias, nb.out_proj)
print(nb(xe, xe, xe)[0][0].detach())

# dropout in training mode, then eval
torch.manual_seed(4)
dmha = nn.MultiheadAttention(4, 2, dropout=0.5)
xd = torch.randn(3, 1, 4)
o, w = dmha(xd, xd, xd)
print("dropout weights", w.detach())
o, _ = dmha(xd, xd, xd, need_weights=False)
print("dropout sdpa", o.detach())
dmha.eval()
print(dmha(xd, xd, xd)[1].detach())

# gradients
torch.manual_seed(5)
g = nn.MultiheadAttention(4, 2)
xg = torch.randn(3, 2, 4, requires_grad=True)
o, w = g(xg, xg, xg)
print(type(o.grad_fn).__name__)
(o.sum() + w.pow(2).sum()).backward()
print(xg.grad[0])
print(g.in_proj_weight.grad[:2], g.out_proj.bias.grad)
o, _ = g(xg, xg, xg, need_weights=False)
o.pow(2).mean().backward()
print(g.in_proj_bias.grad[:4], g.in_proj_bias.grad[8:])

# errors
for args, kw in [((torch.randn(3, 2, 6),) * 3, {}), ((torch.randn(2, 3, 2, 8),) * 3, {}),
                 ((x, x, x), dict(attn_mask=torch.ones(2, 2, dtype=torch.bool))),
                 ((x, x, x), dict(key_padding_mask=torch.ones(2, 3, dtype=torch.long)))]:
    try:
        mha(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    nn.MultiheadAttention(6, 4)
except Exception as e:
    print(type(e).__name__, e)
