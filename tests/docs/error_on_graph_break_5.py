# From PyTorch 2.9 docs/source/compile/programming_model.error_on_graph_break.md, cell 5:
# error_on_graph_break() affects the setting of nested calls.
import torch


def inner(x):
    x = x + 1
    torch._dynamo.graph_break()
    return x + 2


def inner2(x):
    with torch.compiler.error_on_graph_break(False):
        return inner(x)


@torch.compiler.error_on_graph_break(True)
@torch.compile
def fn(x):
    return inner2(x)


# no error
print(fn(torch.ones(3)))
