# From PyTorch 2.9 docs/source/compile/programming_model.dynamo_core_concepts.md, cell 3: a recompilation on a new shape
import functools

import torch

# The page's hidden cells: header_code.py (the eager backend) and the logs the section enables.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(recompiles=True)

@torch.compile
def fn(x):
    return x + 1


print(fn(torch.ones(3, 3)))
print(fn(torch.ones(4, 4)))
