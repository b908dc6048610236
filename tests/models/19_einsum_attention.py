# Model zoo: multi-head attention written with torch.einsum (as in many research codebases):
# 'bnd,hde->bhne' projections with a head-split weight, 'bhqd,bhkd->bhqk' scores, softmax,
# 'bhqk,bhkd->bhqd' mixing and 'bhnd,hde->bne' output projection. PyTorch 2.9: one graph, each
# einsum one torch.functional.einsum node.
import math
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class EinsumAttention(nn.Module):
    def __init__(self, dim=8, heads=2):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.wq = nn.Parameter(torch.randn(heads, dim, self.head_dim) / math.sqrt(dim))
        self.wk = nn.Parameter(torch.randn(heads, dim, self.head_dim) / math.sqrt(dim))
        self.wv = nn.Parameter(torch.randn(heads, dim, self.head_dim) / math.sqrt(dim))
        self.wo = nn.Parameter(torch.randn(heads, self.head_dim, dim) / math.sqrt(dim))

    def forward(self, x):
        q = torch.einsum("bnd,hde->bhne", x, self.wq)
        k = torch.einsum("bnd,hde->bhne", x, self.wk)
        v = torch.einsum("bnd,hde->bhne", x, self.wv)
        scores = torch.einsum("bhqd,bhkd->bhqk", q, k) / math.sqrt(self.head_dim)
        attn = scores.softmax(dim=-1)
        mixed = torch.einsum("bhqk,bhkd->bhqd", attn, v)
        return torch.einsum("bhnd,hde->bne", mixed, self.wo) + x


torch.manual_seed(0)
model = EinsumAttention()
x = torch.randn(2, 4, 8)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
print(actual.shape)
# The einsum contractions agree with the same products written with matmul.
q = torch.einsum("bnd,hde->bhne", x, model.wq)
print("matches matmul:", torch.allclose(q, (x.unsqueeze(1) @ model.wq.unsqueeze(0))))
