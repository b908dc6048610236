# Spec: docs/compiler-api.md "Nested torch.compile": a torch.compile'd function called from compiled
# code is traced inline into the caller's graph (its own settings do not apply there); called
# directly it is compiled on its own.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(backend="eager", fullgraph=True)
def inner(x):
    return x.relu() + 1


@torch.compile(backend=cnt)
def outer(x):
    return inner(x) * 2


print(outer(torch.ones(2)), cnt.frame_count)
print(cnt.graphs[0].code.strip())
print(inner(torch.ones(2)), cnt.frame_count)
