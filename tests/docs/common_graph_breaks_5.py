# From PyTorch 2.9 docs/source/compile/programming_model.common_graph_breaks.md, cell 5: data-dependent control flow
import functools

import torch

# The page's hidden header: header_code.py (the eager backend), graph_breaks logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True)


# old
@torch.compile
def fn(x):
    if x.sum() > 0:
        return x + 1
    return x - 1


print(fn(torch.ones(3, 3)))
