# From PyTorch 2.9 docs/source/compile/programming_model.error_on_graph_break.md, cell 1:
# error_on_graph_break(False) under error_on_graph_break(True): no error, a graph break.
import torch


@torch.compiler.error_on_graph_break(False)
def code_with_a_difficult_graph_break(x):
    x = x + 1
    torch._dynamo.graph_break()
    return x + 2


def inner(x):
    return code_with_a_difficult_graph_break(x)


# NOTE: fullgraph=False
@torch.compiler.error_on_graph_break(True)
@torch.compile
def fn(x):
    return inner(x)


# No error, but there is a graph break
print(fn(torch.ones(3)))
