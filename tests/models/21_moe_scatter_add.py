# Model zoo: a mixture-of-experts layer whose combine step is a scatter_add: every token's top-k
# (expert, weight) pairs are flattened (repeat_interleave gives each pair its token id), each
# expert's output is gathered for the pairs routed to it densely, and the weighted outputs are
# summed back per token with scatter_add along dim 0. Nothing depends on the routing's values
# (no nonzero, no boolean indexing), so PyTorch 2.9 traces one graph.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch._dynamo.testing import CompileCounter


class MoE(nn.Module):
    def __init__(self, dim=6, hidden=8, num_experts=4, top_k=2):
        super().__init__()
        self.top_k = top_k
        self.gate = nn.Linear(dim, num_experts, bias=False)
        self.experts = nn.ModuleList(
            [nn.Sequential(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim)) for _ in range(num_experts)]
        )

    def forward(self, x):
        B, T, D = x.shape
        tokens = x.reshape(-1, D)
        n = tokens.size(0)
        probs = F.softmax(self.gate(tokens), dim=-1)
        weights, experts = probs.topk(self.top_k, dim=-1)
        weights = weights / weights.sum(dim=-1, keepdim=True)
        token_ids = torch.arange(n).repeat_interleave(self.top_k)
        all_out = torch.stack([expert(tokens) for expert in self.experts], dim=0)
        flat_expert = experts.reshape(-1)
        picked = all_out[flat_expert, token_ids]
        contrib = picked * weights.reshape(-1, 1)
        index = token_ids.unsqueeze(1).expand(-1, D)
        out = torch.zeros_like(tokens).scatter_add(0, index, contrib)
        return out.view(B, T, D)


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
