# From PyTorch 2.9 docs/source/compile/programming_model.nested_graph_breaks.md, its example (a
# python block, run here with the graph_breaks log the page describes): the graph break in inner1
# is met three times, tracing f, then inner2, then inner1 as top-level frames. The block's inner2 and
# f return nothing (f would then add 32 to None): here they return x, as the page's semantics do.
import torch

torch._logging.set_logs(graph_breaks=True)


def inner1(x):
    x = x + 1
    torch._dynamo.graph_break()  # stop tracing due to graph break
    return x + 2


def inner2(x):
    x = x + 4
    x = inner1(x)
    x = x + 8
    return x


@torch.compile(backend="eager")
def f(x):
    # start tracing from here
    x = x + 16
    x = inner2(x)
    x = x + 32
    return x


print(f(torch.ones(3)))
