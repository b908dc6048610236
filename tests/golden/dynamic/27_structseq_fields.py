# Spec: docs/dynamic-shapes.md §How it is tested — a regression case found by the random
# differential test: a structseq result (torch.return_types.max) keeps its fields when traced,
# so .values / .indices work in compiled code as in eager, and it is returned as a structseq.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt, dynamic=True)
def f(a):
    m = a.max(dim=1, keepdim=True)
    return m.values + a, m.indices, torch.min(a, 0)


x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
print(f(x))
print(f(torch.arange(12, dtype=torch.float32).reshape(4, 3)))
print(cnt.frame_count)
