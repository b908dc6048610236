# logs: graph_breaks
# Spec: docs/dynamic-shapes.md §.item() — by default (capture_scalar_outputs=False) Tensor.item()
# is a graph break with PyTorch's GB0124 text; the value is read eagerly and the resumed graph
# bakes it in.
import torch


@torch.compile(backend="eager")
def f(x):
    n = x.sum().item()
    return x * n


print(f(torch.ones(3)))
