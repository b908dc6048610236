# From PyTorch 2.9 docs/source/compile/programming_model.dynamo_core_concepts.md, cell 4: dynamic=True, no recompilation
import functools

import torch

# The page's hidden cells: header_code.py (the eager backend) and the logs the section enables.
torch.compile = functools.partial(torch.compile, backend="eager")
import logging

torch._logging.set_logs(dynamic=logging.DEBUG, recompiles=True)

@torch.compile(dynamic=True)
def fn(x):
    return x + 1


print(fn(torch.ones(3, 3)))
print(fn(torch.ones(4, 4)))
