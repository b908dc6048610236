# Spec: docs/dynamo-formats.md §3.3 example 7 (gb7000: a break in a loop skips the frame; nothing is compiled)
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def fn(x):
    for i in range(2):
        x = x + i
        torch._dynamo.graph_break()
    return x + 1


out = torch.compile(fn, backend=cnt)(torch.ones(3))
print(cnt.frame_count, cnt.op_count)
print(out)
out = torch.compile(fn, backend=cnt)(torch.ones(3))
print(cnt.frame_count, cnt.op_count)
