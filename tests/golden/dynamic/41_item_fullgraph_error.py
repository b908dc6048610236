# Spec: docs/dynamic-shapes.md §.item() — under fullgraph=True a branch on an unbacked symbol
# cannot become a graph break: PyTorch raises UserError ("Consider annotating your code using
# torch._check*(). Could not guard on data-dependent expression u0 > 2 ...").
import torch

torch._dynamo.config.capture_scalar_outputs = True


@torch.compile(backend="eager", fullgraph=True)
def h(x, y):
    n = y.sum().item()
    if n > 2:
        return x + 1
    return x


try:
    h(torch.ones(3), torch.tensor([1, 2]))
except torch._dynamo.exc.UserError as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
    print(isinstance(e, torch._dynamo.exc.Unsupported))
