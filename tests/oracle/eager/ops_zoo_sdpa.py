# F.scaled_dot_product_attention (issue 20). PyTorch 1.13, which prints this file's expected output,
# has no scaled_dot_product_attention, so the program checks the playground's against the math
# backend written out step by step (docs/models.md, "scaled_dot_product_attention"): `sdpa` below is
# the real function where it exists and the written-out formula otherwise, and the two must agree
# bit for bit (torch.equal) wherever both exist.
import math
import torch
import torch.nn.functional as F


def math_sdpa(q, k, v, attn_mask=None, is_causal=False, scale=None):
    if attn_mask is not None and attn_mask.dtype == torch.bool:
        attn_mask = torch.zeros_like(attn_mask, dtype=q.dtype).masked_fill_(attn_mask.logical_not(), float("-inf"))
    s = math.sqrt(1.0 / math.sqrt(q.size(-1)) if scale is None else scale)
    q = q * s
    if is_causal:
        causal = torch.ones(q.size(-2), k.size(-2), dtype=torch.bool).tril()
        attn_mask = torch.zeros(causal.shape).masked_fill_(causal.logical_not(), float("-inf"))
    attn = torch.matmul(q, k.transpose(-2, -1) * s)
    if attn_mask is not None:
        attn.add_(attn_mask)
    return torch.matmul(torch.softmax(attn, -1), v)


sdpa = getattr(F, "scaled_dot_product_attention", math_sdpa)
torch.manual_seed(0)
q = torch.randn(2, 2, 4, 8)
k = torch.randn(2, 2, 6, 8)
v = torch.randn(2, 2, 6, 8)
bool_mask = torch.rand(4, 6) > 0.3
float_mask = torch.randn(2, 1, 4, 6)
cases = [dict(), dict(scale=0.5), dict(attn_mask=bool_mask), dict(attn_mask=float_mask)]
for kw in cases:
    out = sdpa(q, k, v, **kw)
    print(sorted(kw), out[1, 0], torch.equal(out, math_sdpa(q, k, v, **kw)))
qc = torch.randn(1, 3, 5, 4)
out = sdpa(qc, qc, qc, is_causal=True)
print("is_causal", out[0, 2], torch.equal(out, math_sdpa(qc, qc, qc, is_causal=True)))
print("3-D", sdpa(q[0], k[0], v[0]).shape, sdpa(q[0], k[0], v[0], is_causal=True).shape)
