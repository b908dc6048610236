# From PyTorch 2.9 docs/source/compile/programming_model.recompilation.md, cell 6: the recompile limit (cache_size_limit, 8) is hit
import functools

import torch

# The page's hidden header (header_code.py and the first cell): the eager backend, recompile logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(recompiles=True)


@torch.compile(dynamic=False)
def fn(x):
    return x + 1


for i in range(1, 10):
    # recompile every time due to dynamic=False
    fn(torch.ones(i))
