# From PyTorch 2.9 docs/source/compile/programming_model.recompilation.md, cell 2: dynamic=True compiles once
import functools

import torch

# The page's hidden header (header_code.py and the first cell): the eager backend, recompile logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(recompiles=True)


@torch.compile(dynamic=True)
def gn(x):
    return x + 1


gn(torch.ones(3))
print(gn(torch.ones(4)))  # the notebook displays the last value
