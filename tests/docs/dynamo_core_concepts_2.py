# From PyTorch 2.9 docs/source/compile/programming_model.dynamo_core_concepts.md, cell 2: the guards of a compiled function (the guards log on stderr)
import functools

import torch

# The page's hidden cells: header_code.py (the eager backend) and the logs the section enables.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(guards=True)

@torch.compile
def fn(x):
    return x + 1


print(fn(torch.ones(3, 3)))
