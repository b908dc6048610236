# Spec: docs/dynamo-formats.md §5 (resume functions come from the original code; one graph per segment)
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


def f(x, y):
    a = x + y
    torch._dynamo.graph_break()
    b = a * y
    torch._dynamo.graph_break()
    c = b - x
    return a, b, c


out = torch.compile(f, backend=cnt)(torch.ones(2), torch.full((2,), 2.0))
print(cnt.frame_count, cnt.op_count)
for gm in cnt.graphs:
    print(gm.code.strip())
print(out)
