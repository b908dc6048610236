# Spec: docs/compiler-api.md "torch.compiler.disable": recursive=False skips the function's own frame
# only; the functions it calls are compiled (each its own frame). Traced, the call is the graph
# break "Skip inlining `torch.compiler.disable()`d function" (GB0099).
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
try:
    torch.compile(f, backend="eager", fullgraph=True)(torch.zeros(3))
except torch._dynamo.exc.Unsupported as e:
    print(str(e).split("\n\nfrom user code")[0])
