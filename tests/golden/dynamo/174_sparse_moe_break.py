# logs: graph_breaks
# Spec: docs/models.md §Left — a sparse mixture of experts (Mixtral-style dispatch): inside the loop
# over the experts, torch.where(selected == i) is nonzero underneath, whose output shape depends on
# the data, so Dynamo breaks there (gb0036 "Dynamic shape operator", aten.nonzero.default); a graph
# break inside a for loop cannot be resumed, so the frame is skipped (the chained "graph break in
# loop") and forward runs eagerly. The result is eager's. How many graphs PyTorch then compiles for
# the callees (each expert's forward as a frame of its own) is not pinned here: docs/models.md.
import torch
import torch.nn as nn
import torch.nn.functional as F


class SparseMoE(nn.Module):
    def __init__(self, dim=4, num_experts=3, top_k=2):
        super().__init__()
        self.top_k = top_k
        self.gate = nn.Linear(dim, num_experts, bias=False)
        self.experts = nn.ModuleList([nn.Linear(dim, dim) for _ in range(num_experts)])

    def forward(self, x):
        weights, selected = torch.topk(F.softmax(self.gate(x), dim=-1), self.top_k)
        out = torch.zeros_like(x)
        for i, expert in enumerate(self.experts):
            token_idx, slot = torch.where(selected == i)
            out = out.index_add(0, token_idx, weights[token_idx, slot, None] * expert(x[token_idx]))
        return out


torch.manual_seed(0)
model = SparseMoE()
x = torch.randn(5, 4)
out = torch.compile(model, backend="eager")(x)
print("same as eager:", torch.equal(out, model(x)))
print(out)
