# From PyTorch 2.9 docs/source/compile/programming_model.common_graph_breaks.md, cell 6: torch.cond in place of the if
import functools

import torch

# The page's hidden header: header_code.py (the eager backend), graph_breaks logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True)


# new
@torch.compile
def fn(x):
    return torch.cond(
        x.sum() > 0,
        lambda x: x + 1,
        lambda x: x - 1,
        (x,),
    )


print(fn(torch.ones(3, 3)))
