# Spec: docs/dynamo-formats.md §2.8; ints are specialized (EQUALS_MATCH), a second value recompiles with the int dynamic, a third reuses it
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x, n):
    return x * n


x = torch.ones(2)
for n in (2, 3, 4, 5):
    print(f(x, n), cnt.frame_count)
