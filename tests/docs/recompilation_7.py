# From PyTorch 2.9 docs/source/compile/programming_model.recompilation.md, cell 7: raising the cache size limit
import functools

import torch

# The page's hidden header (header_code.py and the first cell): the eager backend, recompile logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(recompiles=True)


torch._dynamo.config.cache_size_limit = 16


@torch.compile(dynamic=False)
def gn(x):
    return x + 1


for i in range(1, 10):
    gn(torch.ones(i))
