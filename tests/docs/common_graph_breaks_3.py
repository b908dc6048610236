# From PyTorch 2.9 docs/source/compile/programming_model.common_graph_breaks.md, cell 3: control flow on a global tensor (x = torch.ones(3, 3) for torch.randn)
import functools

import torch

# The page's hidden header: header_code.py (the eager backend), graph_breaks logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True)


# old
x = torch.ones(3, 3)


@torch.compile
def fn(y):
    if x.sum() > 0:
        return y + x
    else:
        return y - x


print(fn(torch.ones(3, 3)))
