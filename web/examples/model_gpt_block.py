# Title: A GPT block (nanoGPT) compiles into one graph
# Group: Real models
#
# The transformer block of nanoGPT, written as nanoGPT writes it: one Linear makes q, k and v
# (`split`), heads come from `view` + `transpose`, attention is F.scaled_dot_product_attention with
# is_causal=True, then LayerNorm and a GELU MLP, with residual adds. Dynamo inlines every module's
# forward into one graph: the parameters become graph inputs named after where they live
# (L_self_modules_attn_modules_c_attn_parameters_weight_), and the attention is one node,
# torch._C._nn.scaled_dot_product_attention. Step through to see the heads being split.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch._dynamo.testing import CompileCounter


class CausalSelfAttention(nn.Module):
    def __init__(self, n_embd, n_head):
        super().__init__()
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.c_proj = nn.Linear(n_embd, n_embd)
        self.n_head = n_head
        self.n_embd = n_embd

    def forward(self, x):
        B, T, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        y = y.transpose(1, 2).contiguous().view(B, T, C)
        return self.c_proj(y)


class Block(nn.Module):
    def __init__(self, n_embd=8, n_head=2):
        super().__init__()
        self.ln_1 = nn.LayerNorm(n_embd)
        self.attn = CausalSelfAttention(n_embd, n_head)
        self.ln_2 = nn.LayerNorm(n_embd)
        self.mlp = nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.GELU(), nn.Linear(4 * n_embd, n_embd))

    def forward(self, x):
        x = x + self.attn(self.ln_1(x))
        x = x + self.mlp(self.ln_2(x))
        return x


torch.manual_seed(0)
model = Block()
x = torch.randn(2, 5, 8)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
out = compiled(x)
print("graphs:", cnt.frame_count, "ops in the graph:", cnt.op_count)
print("same as eager:", torch.equal(out, model(x)))
print(out.shape)
