# logs: graph_code,guards
# Spec: docs/eager-semantics.md §float16 and bfloat16 — half-precision inputs show as f16/bf16 in
# graph code, torch.float16 in TENSOR_MATCH guards and dtype arguments; a float32 -> float16 dtype
# change recompiles; compiled results equal eager ones.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def f(x, y):
    z = x * 0.1 + y.to(torch.float16)
    w = torch.zeros(2, dtype=torch.bfloat16) + z.bfloat16()
    return z.sum(), w.half().mean(), z.dtype, w.element_size()


g = torch.compile(f, backend=cnt)
x = torch.tensor([0.1, 2049.], dtype=torch.float16)
y = torch.tensor([1.5, 1e4])
print(g(x, y))
print(f(x, y))
print(g(x.float(), y), cnt.frame_count)
