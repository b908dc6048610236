# Spec: docs/dynamic-shapes.md §Symbolic shapes of ops — view/reshape with sizes, reductions,
# broadcasting and cat under dynamic=True; annotations carry the symbols.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=True, backend=cnt)
def f(x, y):
    a = x.view(-1)
    b = a.reshape(x.shape[0], x.shape[1]) + y
    c = torch.cat([b, x], 0)
    return c.sum(1), c.shape[0] // 2


print(f(torch.ones(2, 3), torch.ones(3)))
print(f(torch.ones(4, 5), torch.ones(5)))
print(cnt.frame_count)
cnt.graphs[0].print_readable()
