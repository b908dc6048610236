# Spec: docs/models.md "Parametrizations and activation checkpointing" — torch.utils.checkpoint
# called in a compiled function: PyTorch 2.9 traces it as the tag_activation_checkpoint
# higher-order op; the playground stops the graph there with "not supported by the playground yet"
# (the graph before and the resumed graph after; the checkpointed call runs eagerly, with its
# use_reentrant=True backward recomputation).
import torch
import torch.nn as nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
lin = nn.Linear(3, 3)


def f(x):
    y = x.sin()
    z = checkpoint(lambda t: lin(t).relu(), y, use_reentrant=True)
    return z * 2


x = torch.randn(2, 3, requires_grad=True)
explain = torch._dynamo.explain(f)(x)
print(explain.graph_count, explain.graph_break_count)
reason = explain.break_reasons[0].reason
print([l.strip() for l in reason.splitlines() if "torch.utils.checkpoint" in l][0])
out = torch.compile(f, backend="eager")(x)
print(out)
out.sum().backward()
print(x.grad)
