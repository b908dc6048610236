# From PyTorch 2.9 docs/source/compile/programming_model.recompilation.md, cell 8: a graph break limits what is recompiled
import functools

import torch

# The page's hidden header (header_code.py and the first cell): the eager backend, recompile logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(recompiles=True)


def very_large_function(x):
    return x + 1


@torch.compile
def fn(x, c):
    y = very_large_function(x)  # recompiled every time
    return y + c


for i in range(1, 3):
    fn(torch.ones(i), i)


@torch.compile
def gn(x, c):
    y = very_large_function(x)  # compiled only once
    torch._dynamo.graph_break()
    return y + c  # recompiled every time


for i in range(1, 3):
    gn(torch.ones(i), i)
