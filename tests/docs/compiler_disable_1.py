# From PyTorch 2.9 docs/source/compile/programming_model.compiler_disable.md, cell 1:
# @torch.compiler.disable: calling outer1 from compiled code is a graph break, and nothing in
# outer1 (nor in inner1, which it calls) is traced.
import torch


def inner1(x):
    torch._dynamo.graph_break()  # not traced
    return x + 1  # not traced


@torch.compiler.disable
def outer1(x):
    x = x + 2  # not traced
    torch._dynamo.graph_break()  # not traced
    return inner1(x)


@torch.compile
def f(x):
    x = outer1(x)
    return x + 4  # traced


print(f(torch.ones(3)))
