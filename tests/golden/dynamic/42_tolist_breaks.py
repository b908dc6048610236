# logs: graph_breaks
# Spec: docs/dynamic-shapes.md §.item() — without capture_scalar_outputs, tolist() breaks the graph
# with PyTorch's "Data dependent operator" (its elements' item() has no fake value); on a float
# tensor it is "Tensor.tolist() with non-integer tensor". Both run eagerly after the break.
import torch


@torch.compile(backend="eager")
def f(x):
    y = x * 2
    return y.tolist()


print(f(torch.tensor([1, 2])))
print(f(torch.tensor([0.5, 1.5])))
