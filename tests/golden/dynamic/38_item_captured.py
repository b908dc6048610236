# logs: graph_code,dynamic
# Spec: docs/dynamic-shapes.md §.item() — with torch._dynamo.config.capture_scalar_outputs = True,
# Tensor.item() stays in the graph: `item: "Sym(zuf0)" = sum_1.item()` is an unbacked symbol (a
# float, so zuf0) with no value while tracing; using it in tensor arithmetic needs none.
import torch

torch._dynamo.config.capture_scalar_outputs = True


@torch.compile(backend="eager")
def f(x):
    n = x.sum().item()
    return x * n


print(f(torch.ones(3)))
print(f(torch.tensor([1.0, 2.0, 3.0])))
