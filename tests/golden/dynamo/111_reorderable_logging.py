# Spec: docs/compiler-api.md "config.reorderable_logging_functions": a print listed there is not a
# graph break; it is called after the graph runs, with the values its arguments have then.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()
torch._dynamo.config.reorderable_logging_functions.add(print)


@torch.compile(backend=cnt)
def f(x):
    y = x * 2
    print("y is", y, 3)
    x.add_(1)
    print("x after add_:", x)
    return y + 1


print(f(torch.ones(2)), cnt.frame_count, cnt.op_count)
torch._dynamo.config.reorderable_logging_functions.clear()


@torch.compile(backend=cnt)
def g(x):
    print("a graph break now")
    return x - 1


print(g(torch.ones(2)), cnt.frame_count)
