# Spec: docs/compiler-api.md "torch.compiler.disable": a call to a disabled function from compiled
# code is the graph break "Skip calling `torch.compiler.disable()`d function" (gb0098); the function
# and everything it calls run eagerly; under fullgraph=True the break is the Unsupported error.
import torch
from torch._dynamo.testing import CompileCounterWithBackend


def helper(x):
    return x * 3


@torch.compiler.disable
def not_traced(x):
    torch._dynamo.graph_break()
    return helper(x) - 1


def not_traced_either(x):
    return x.cos()


not_traced_either = torch._dynamo.disable(not_traced_either)  # the call form


cnt = CompileCounterWithBackend("eager")


@torch.compile(backend=cnt)
def f(x):
    a = x + 1
    b = not_traced(a)
    c = not_traced_either(b)
    return c * 2


print(f(torch.ones(2)))
print(cnt.frame_count, cnt.op_count)
for gm in cnt.graphs:
    print(gm.code.strip())
print(not_traced)
print(not_traced(torch.zeros(1)))


@torch.compiler.disable(reason="logging only")
def log(x):
    return x


try:
    torch.compile(lambda x: log(x) + 1, backend="eager", fullgraph=True)(torch.ones(1))
except torch._dynamo.exc.Unsupported as e:
    print(str(e).split("\n\nfrom user code")[0])
