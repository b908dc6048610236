# Spec: docs/dynamo-formats.md §5; a break inside an inlined call breaks the caller at the CALL: the callee then runs as its own frame
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def g(x):
    y = x.sin()
    torch._dynamo.graph_break()
    return y.cos()


def f(x):
    a = x + 1
    b = g(a)
    return b * 2


out = torch.compile(f, backend=cnt)(torch.zeros(2))
print(cnt.frame_count, cnt.op_count)
print(out)
print(f(torch.zeros(2)))
