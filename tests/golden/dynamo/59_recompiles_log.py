# logs: recompiles
# Spec: docs/dynamo-formats.md §2.8 (Recompiling function ..., one failure line per cache entry, most recent entry first)
import torch


@torch.compile(backend="eager")
def f(x):
    return x * 2


f(torch.ones(2))
f(torch.ones(3))
f(torch.ones(2, dtype=torch.float64))
print("done")
