# Spec: fullgraph=True compiles one graph when nothing breaks
# eager-equal
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x, ys):
    total = x
    for y in ys:
        total = total * y
    return total.sum()


print(f(torch.tensor([1.0, 2.0]), [torch.tensor([3.0, 4.0]), torch.tensor([0.5, 0.5])]))
