# Spec: docs/dynamo-formats.md §3.2 GB0039; recompile_limit is 8 cache entries per code object, later calls run eagerly
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def f(x, mode):
    return x + len(mode)


cf = torch.compile(f, backend=cnt)
for i in range(1, 11):
    out = cf(torch.zeros(1), "m" * i)
    print(i, cnt.frame_count, out)
