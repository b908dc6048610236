# eager-equal
# Spec: docs/compiler-api.md "Constants from torch" — torch.strided, torch.contiguous_format and
# torch.preserve_format (PyTorch's common_constant_types) are constants under Dynamo, guarded by
# EQUALS_MATCH, and reach the graph as they are; dtype=float is torch.float64 in both runs.
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    z = torch.zeros(2, layout=torch.strided) + x.contiguous(memory_format=torch.contiguous_format)
    return z, torch.empty_like(x, memory_format=torch.preserve_format).shape, x.to(float).dtype


print(f(torch.ones(2)))
print(f(torch.arange(2.0)))
