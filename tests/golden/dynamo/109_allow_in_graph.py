# Spec: docs/compiler-api.md "torch.compiler.allow_in_graph": a call of the function is one
# call_function node whose target is the function (printed as a global of the graph module), run on
# fake tensors while tracing; Dynamo does not trace into it.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@torch.compiler.allow_in_graph
def my_fn(a, b):
    return a.sin() * b


@torch.compile(backend=cnt)
def f(x):
    return my_fn(x + 1, 2.0) - 1


print(f(torch.zeros(2)), cnt.frame_count, cnt.op_count)
print(cnt.graphs[0].code.strip())
