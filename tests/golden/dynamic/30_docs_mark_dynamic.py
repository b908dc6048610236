# logs: graph_code
# Spec: docs/dynamic-shapes.md §mark_dynamic — the same docs program (P1) with plain
# @torch.compile and torch._dynamo.mark_dynamic(x, 0) on the first input: the first graph is
# already the symbolic one of dynamic=True, and later sizes reuse it.
import torch


@torch.compile
def f(x):
     return x* x.size()[0]

x = torch.ones(10)
torch._dynamo.mark_dynamic(x, 0)
print(f(x).sum())
for n in (20, 30, 40):
    print(f(torch.ones(n)).sum())
