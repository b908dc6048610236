# logs: graph_code
# Spec: docs/dynamic-shapes.md §Symbols in the graph — PyTorch's docs page
# torch.compiler_dynamic_shapes (P1): with dynamic=True one graph serves every size; the size is a
# Sym(s77) placeholder and `x * x.size()[0]` multiplies by it.
import torch


@torch.compile(dynamic=True)
def f(x):
     return x* x.size()[0]

for n in (10, 20, 30, 40):
    print(f(torch.ones(n)).sum())
