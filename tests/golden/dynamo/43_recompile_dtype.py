# Spec: docs/dynamo-formats.md §2.8; a dtype change fails TENSOR_MATCH and recompiles
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x):
    return x * 2


print(f(torch.ones(2)), cnt.frame_count)
print(f(torch.ones(2, dtype=torch.float64)), cnt.frame_count)
print(f(torch.ones(2)), cnt.frame_count)
print(f(torch.ones(2, dtype=torch.int64)), cnt.frame_count)
