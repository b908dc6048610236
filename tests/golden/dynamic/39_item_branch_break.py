# logs: graph_code,graph_breaks
# Spec: docs/dynamic-shapes.md §.item() — arithmetic on an unbacked int stays symbolic
# (Sym(2*u0 + 1)); branching on it cannot be decided while tracing, so Dynamo breaks the graph at
# the jump ("Data-dependent branching") and the graph returns the SymBool for the eager jump.
import torch

torch._dynamo.config.capture_scalar_outputs = True


@torch.compile(backend="eager")
def f(x, y):
    n = y.sum().item()
    m = n * 2 + 1
    if m > 5:
        return x + m
    return x - m


print(f(torch.ones(2), torch.tensor([1, 2])))
print(f(torch.ones(2), torch.tensor([0, 1])))
