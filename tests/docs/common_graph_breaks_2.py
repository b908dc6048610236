# From PyTorch 2.9 docs/source/compile/programming_model.common_graph_breaks.md, cell 2: data-dependent control flow and .item()
import functools

import torch

# The page's hidden header: header_code.py (the eager backend), graph_breaks logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True)


@torch.compile
def fn(x):
    y = x.sum()
    if y > 0:
        return x + y.item()
    return x - y.item()


print(fn(torch.ones(3, 3)))
