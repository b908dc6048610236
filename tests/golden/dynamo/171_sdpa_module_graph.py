# logs: graph_code
# Spec: docs/models.md §scaled_dot_product_attention — the attention of tests/models/18_gpt_sdpa.py
# as one graph: the module's parameters are graph inputs named from their sources
# (L['self']._modules['c_attn']._parameters['weight'] -> L_self_modules_c_attn_parameters_weight_),
# F.linear is torch._C._nn.linear, and the attention is one torch._C._nn.scaled_dot_product_attention
# node with the keyword arguments as the program wrote them.
import torch
import torch.nn as nn
import torch.nn.functional as F


class CausalSelfAttention(nn.Module):
    def __init__(self, n_embd, n_head):
        super().__init__()
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.n_head = n_head
        self.n_embd = n_embd

    def forward(self, x):
        B, T, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=None, dropout_p=0.0, is_causal=True)
        return y.transpose(1, 2).contiguous().view(B, T, C)


torch.manual_seed(0)
model = CausalSelfAttention(4, 2)
x = torch.randn(1, 3, 4)
out = torch.compile(model, backend="eager")(x)
print("same as eager:", torch.equal(out, model(x)))
