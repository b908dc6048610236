# From PyTorch 2.9 docs/source/compile/programming_model.common_graph_breaks.md, cell 4: the condition computed outside (x = torch.ones(3, 3) for torch.randn)
import functools

import torch

# The page's hidden header: header_code.py (the eager backend), graph_breaks logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True)


# new
x = torch.ones(3, 3)
cond = (x.sum() > 0).item()


@torch.compile
def fn(y):
    if cond:
        return y + x
    else:
        return y - x


print(fn(torch.ones(3, 3)))
