# Spec: docs/dynamo-formats.md §5 (graph break: partial graph, the instruction runs eagerly, resume function traced as a new frame)
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


def f(x):
    a = x + 1
    torch._dynamo.graph_break()
    b = a * x
    return b.sum()


out = torch.compile(f, backend=cnt)(torch.full((2,), 3.0))
print(cnt.frame_count, cnt.op_count)
for gm in cnt.graphs:
    print(gm.code.strip())
print(out)
print(f(torch.full((2,), 3.0)))
