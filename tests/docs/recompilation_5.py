# From PyTorch 2.9 docs/source/compile/programming_model.recompilation.md, cell 5 (after torch._dynamo.reset()): floats wrapped in tensors (first example)
import functools

import torch

# The page's hidden header (header_code.py and the first cell): the eager backend, recompile logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(recompiles=True)


@torch.compile
def fn(x, c):
    return x + c


# first example
for i in range(5):
    fn(torch.ones(i), torch.tensor(0.5 + i))
