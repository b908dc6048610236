# logs: graph_code
# Spec: docs/dynamic-shapes.md §dynamic=False — the same docs program (P1) with dynamic=False:
# four static graphs, each with its size baked in (l_x_ * 10, 20, 30, 40).
import torch


@torch.compile(dynamic=False)
def f(x):
     return x* x.size()[0]

for n in (10, 20, 30, 40):
    print(f(torch.ones(n)).sum())
