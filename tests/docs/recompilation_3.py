# From PyTorch 2.9 docs/source/compile/programming_model.recompilation.md, cell 3: a float argument is a constant, guarded on its value
import functools

import torch

# The page's hidden header (header_code.py and the first cell): the eager backend, recompile logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(recompiles=True)


@torch.compile
def fn(x, c):
    return x + c


for i in range(5):
    fn(torch.ones(i), 0.5 + i)
