# logs: dynamic
# Spec: docs/dynamic-shapes.md §Ints — under dynamic=True an int argument is a SymInt input from
# the first compile (no 0/1 specialization, range [-int_oo, int_oo]); using it in range()
# specializes it again.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=True, backend=cnt)
def f(x, n, k):
    for i in range(k):
        x = x + i
    return x * n


print(f(torch.ones(2), 1, 2))
print(f(torch.ones(2), 5, 2))
print(f(torch.ones(2), 5, 3))
print(cnt.frame_count)
cnt.graphs[0].print_readable()
