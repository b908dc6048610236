# Spec: docs/dynamic-shapes.md §Recompiles — dynamic=False recompiles for every size until
# config.recompile_limit, then runs eagerly (results stay right).
import torch
from torch._dynamo.testing import CompileCounter

torch._dynamo.config.recompile_limit = 2
cnt = CompileCounter()


@torch.compile(dynamic=False, backend=cnt)
def f(x):
    return x.relu() + x.shape[0]


for n in range(2, 6):
    print(f(torch.ones(n)))
print(cnt.frame_count)
