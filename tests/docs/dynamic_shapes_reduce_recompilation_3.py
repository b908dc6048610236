# From PyTorch 2.9 docs/source/compile/dynamic_shapes_reduce_recompilation.md, cell 3: a size
# condition specializes (three graphs)
import functools

import torch

# The page's hidden header (header_code.py and the first cell): the eager backend, graph-break and
# graph-code logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True, graph_code=True)

import torch
@torch.compile(dynamic=True)
def f(x):
    if x.size()[0] == 10:
        return x * 10

    if x.size()[0] <= 30:
        return x*200

    return x*x.size()[0]

f(torch.rand(10))
f(torch.rand(20))
f(torch.rand(30))
f(torch.rand(40))
print(f(torch.ones(50)))  # the notebook displays the last value (torch.rand made torch.ones)
