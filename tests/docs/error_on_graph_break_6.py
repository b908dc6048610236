# From PyTorch 2.9 docs/source/compile/programming_model.error_on_graph_break.md, cell 6:
# error_on_graph_break() nested under another error_on_graph_break() region.
import torch


def inner(x):
    x = x + 1
    with torch.compiler.error_on_graph_break(False):
        torch._dynamo.graph_break()
    return x + 2


def inner2(x):
    with torch.compiler.error_on_graph_break(True):
        return inner(x)


@torch.compile
def fn(x):
    return inner2(x)


# no error
print(fn(torch.ones(3)))
