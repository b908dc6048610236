# logs: dynamic,recompiles
# Spec: docs/dynamic-shapes-symbols.md (TORCH_LOGS=dynamic records) — PyTorch's troubleshooting
# docs program (P16): with dynamic=True one symbol serves both dims (duck sizing) and the second
# call needs no recompile.
import torch


@torch.compile(dynamic=True, backend="eager")
def fn(x):
    return x + 1


print(fn(torch.ones(3, 3)))
print(fn(torch.ones(4, 4)))
