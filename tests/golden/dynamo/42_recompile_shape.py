# Spec: docs/dynamo-formats.md §2.8; a size change recompiles once with the dimension made dynamic (automatic dynamic), a third size reuses it
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x):
    return x.sin() + 1


for n in (3, 4, 5, 6):
    out = f(torch.zeros(n))
    print(n, cnt.frame_count, out.shape)
