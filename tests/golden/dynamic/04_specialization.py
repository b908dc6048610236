# Spec: docs/dynamic-shapes.md §Specialization — PyTorch's dynamic shapes docs (P2): branching on a
# size adds a guard; equality with a constant specializes the dim. Three graphs for five calls.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(dynamic=True, backend=cnt)
def f(x):
    if x.size()[0] == 10:
        return x * 10

    if x.size()[0] <= 30:
        return x*200

    return x*x.size()[0]


for n in (10, 20, 30, 40, 50):
    print(f(torch.ones(n)).sum())
print(cnt.frame_count)
for g in cnt.graphs:
    g.print_readable()
