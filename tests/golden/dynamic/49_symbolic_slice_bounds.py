# logs: recompiles,graph_code,guards
# eager-equal
# Spec: docs/dynamic-shapes.md §Shape rules — a slice bound that is a SymInt stays symbolic
# (PyTorch's SliceVariable: `m[:T]` is `l_m_[slice(None, s77, None)]` in the graph, its bound
# decided by the guard `s77 <= s54`), so a causal mask cut to a growing sequence length does not
# specialize the length. A slice used as a Python value (`s.stop`) keeps its SymInt; a list
# sliced by a SymInt specializes it (guard_if_dyn), as PyTorch does.
import torch
import torch.nn as nn


class CausalSelfAttention(nn.Module):
    def __init__(self, d=8, block=8):
        super().__init__()
        self.qkv = nn.Linear(d, 3 * d)
        self.register_buffer("mask", torch.tril(torch.ones(block, block)).view(1, block, block))

    def forward(self, x):
        B, T, C = x.shape
        q, k, v = self.qkv(x).split(C, dim=2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / (C**0.5))
        att = att.masked_fill(self.mask[:, :T, :T] == 0, float("-inf"))
        return att.softmax(dim=-1) @ v


torch.manual_seed(0)
model = CausalSelfAttention()
compiled = torch.compile(model, backend="eager")
for T in (3, 5, 6):
    x = torch.randn(2, T, 8)
    print(T, torch.equal(compiled(x), model(x)))


def window(x):
    n = x.shape[0]
    s = slice(1, n - 1)
    return x[s], s.stop, x[n // 2 :], x[::2][: n - 2]


print(torch.compile(window, backend="eager", dynamic=True)(torch.arange(6.0)))
print(window(torch.arange(6.0)))
