# Model zoo: the nanoGPT block with flash-style attention: F.scaled_dot_product_attention(q, k, v,
# is_causal=True) instead of the explicit mask, softmax and matmul (nanoGPT's `self.flash` path),
# and the same block with an explicit boolean mask and a float mask. PyTorch 2.9: one graph each.
# The graph code of the attention is pinned by tests/golden/dynamo/171_sdpa_graph.py.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch._dynamo.testing import CompileCounter


class CausalSelfAttention(nn.Module):
    def __init__(self, n_embd, n_head, mask_kind):
        super().__init__()
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.c_proj = nn.Linear(n_embd, n_embd)
        self.n_head = n_head
        self.n_embd = n_embd
        self.mask_kind = mask_kind

    def forward(self, x):
        B, T, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        if self.mask_kind == "causal":
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=None, dropout_p=0.0, is_causal=True)
        elif self.mask_kind == "bool":
            mask = torch.ones(T, T, dtype=torch.bool).tril()
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        else:
            bias = torch.zeros(T, T).masked_fill(torch.ones(T, T).triu(1) == 1, float("-inf"))
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=bias, scale=0.25)
        y = y.transpose(1, 2).contiguous().view(B, T, C)
        return self.c_proj(y)


class Block(nn.Module):
    def __init__(self, n_embd=8, n_head=2, mask_kind="causal"):
        super().__init__()
        self.ln_1 = nn.LayerNorm(n_embd)
        self.attn = CausalSelfAttention(n_embd, n_head, mask_kind)
        self.ln_2 = nn.LayerNorm(n_embd)
        self.mlp = nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.GELU(), nn.Linear(4 * n_embd, n_embd))

    def forward(self, x):
        x = x + self.attn(self.ln_1(x))
        x = x + self.mlp(self.ln_2(x))
        return x


torch.manual_seed(0)
x = torch.randn(2, 5, 8)
results = []
for kind in ["causal", "bool", "float"]:
    torch.manual_seed(1)
    model = Block(mask_kind=kind)
    cnt = CompileCounter()
    compiled = torch.compile(model, backend=cnt)
    expected = model(x)
    actual = compiled(x)
    results.append(actual)
    print(kind, "graphs:", cnt.frame_count, "same as eager:", torch.equal(actual, expected), actual.shape)
# A boolean causal mask and is_causal=True are the same attention.
print("bool mask == is_causal:", torch.equal(results[0], results[1]))
