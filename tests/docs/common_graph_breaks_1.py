# From PyTorch 2.9 docs/source/compile/programming_model.common_graph_breaks.md, cell 1: incorrect code (an extra argument to torch.sin)
import functools

import torch

# The page's hidden header: header_code.py (the eager backend), graph_breaks logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True)


@torch.compile
def fn(x):
    y = torch.sin(x, x)
    return y


try:
    fn(torch.ones(3, 3))
except Exception as e:
    pass
