# From PyTorch 2.9 docs/source/compile/programming_model.error_on_graph_break.md, cell 4:
# error_on_graph_break(True) under the default (False): the graph break in inner2 is an error.
import torch


@torch.compiler.error_on_graph_break(True)
def inner2(x):
    x = x + 1
    torch._dynamo.graph_break()  # error
    return x + 2


def inner(x):
    return inner2(x)


# fullgraph=False, error_on_graph_break=False
@torch.compile
def fn(x):
    x = x + 4
    torch._dynamo.graph_break()  # no error
    return inner(x)


try:
    fn(torch.randn(3))
except Exception as e:
    print(e)
