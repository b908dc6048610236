# Model zoo: a mixture-of-experts layer with top-k routing computed densely: a router Linear,
# softmax over the top-k logits (topk), every expert run on every token (a list comprehension over
# an nn.ModuleList, torch.stack), and the chosen experts' outputs picked with gather. No
# data-dependent shapes, so PyTorch 2.9 traces one graph.
import torch
import torch.nn as nn
from torch.nn import functional as F
from torch._dynamo.testing import CompileCounter


class Expert(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.w1 = nn.Linear(dim, hidden)
        self.w2 = nn.Linear(hidden, dim)

    def forward(self, x):
        return self.w2(F.silu(self.w1(x)))


class MoE(nn.Module):
    def __init__(self, dim=6, hidden=8, num_experts=4, top_k=2):
        super().__init__()
        self.top_k = top_k
        self.router = nn.Linear(dim, num_experts, bias=False)
        self.experts = nn.ModuleList([Expert(dim, hidden) for _ in range(num_experts)])

    def forward(self, x):
        tokens = x.reshape(-1, x.size(-1))
        logits = self.router(tokens)
        top_vals, top_idx = torch.topk(logits, self.top_k, dim=-1)
        weights = F.softmax(top_vals, dim=-1)
        expert_out = torch.stack([expert(tokens) for expert in self.experts], dim=1)
        out = torch.zeros_like(tokens)
        for j in range(self.top_k):
            idx = top_idx[:, j].view(-1, 1, 1).expand(-1, 1, tokens.size(-1))
            chosen = expert_out.gather(1, idx).squeeze(1)
            out = out + weights[:, j : j + 1] * chosen
        return out.view_as(x)


torch.manual_seed(0)
model = MoE()
x = torch.randn(2, 3, 6)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
expected = model(x)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("same as eager:", torch.equal(actual, expected))
print(actual.shape)
