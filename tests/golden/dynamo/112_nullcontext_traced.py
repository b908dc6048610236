# Spec: docs/compiler-api.md "contextlib.nullcontext()": entered and exited by the tracer with no
# effect (NullContextVariable), `as` binds its argument; no graph break, one graph.
import contextlib

import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compile(backend=cnt)
def f(x):
    with contextlib.nullcontext(3) as k:
        with contextlib.nullcontext():
            y = x * k
    return y + 1


print(f(torch.ones(2)), cnt.frame_count)
print(cnt.graphs[0].code.strip())
with contextlib.nullcontext("eager") as v:
    print(v)
