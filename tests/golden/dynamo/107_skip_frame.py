# Spec: docs/compiler-api.md "torch._dynamo.skip_frame": the frame that calls it is not compiled
# (it runs eagerly, no graph, no graph break); the functions it calls are still compiled.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def helper(x):
    return x * 2


@torch.compile(backend=cnt)
def f(x):
    x = x + 1
    torch._dynamo.skip_frame()
    return helper(x)


print(f(torch.ones(2)), cnt.frame_count)
