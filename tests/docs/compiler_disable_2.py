# From PyTorch 2.9 docs/source/compile/programming_model.compiler_disable.md, cell 2
# (as printed on the page, with recursive=True; inner2 is then not traced either).
import torch


def inner2(x):
    torch._dynamo.graph_break()  # traced
    return x + 1  # traced


@torch.compiler.disable(recursive=True)
def outer2(x):
    x = x + 2  # not traced
    torch._dynamo.graph_break()  # not traced
    return inner2(x)


@torch.compile
def g(x):
    x = outer2(x)
    return x + 4  # traced


print(g(torch.ones(3)))
