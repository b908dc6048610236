# Spec: docs/compiler-api.md "torch.compiler.is_compiling": True while Dynamo traces (folded to a
# constant: the branch taken is in the graph, no graph break), False when run eagerly.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(backend=cnt)
def f(x):
    if torch.compiler.is_compiling():
        return x.sin()
    return torch.sin(x)


print(f(torch.zeros(2)), cnt.frame_count)
print(cnt.graphs[0].code.strip())
print(torch.compiler.is_compiling(), torch._dynamo.is_compiling())
