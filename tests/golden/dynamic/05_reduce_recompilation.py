# Spec: docs/dynamic-shapes.md §Automatic dynamic — PyTorch's docs page
# dynamic_shapes_reduce_recompilation: a branch on x.size(0) under automatic dynamic; the size-40
# input must take the last branch (40 * x), not the cached 200 * x.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x):
    if x.size(0) == 10:
        return x * 10
    if x.size(0) <= 30:
        return x * 200
    return x * x.size(0)


for n in (10, 20, 30, 40):
    print(f(torch.ones(n))[0])
print(cnt.frame_count)
