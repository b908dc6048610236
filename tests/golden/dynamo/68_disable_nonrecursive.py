# Spec: docs/compiler-api.md "torch.compiler.disable": recursive=False skips the function's own frame
# only; the functions it calls are compiled (each its own frame).
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


def inner(x):
    return x.sin() + 1


@torch.compiler.disable(recursive=False)
def outer(x):
    y = x * 2
    return inner(y)


@torch.compile(backend=cnt)
def f(x):
    return outer(x) - 1


print(f(torch.zeros(3)))
print(cnt.frame_count, cnt.op_count)
for gm in cnt.graphs:
    print(gm.code.strip())
