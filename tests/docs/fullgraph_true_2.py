# From PyTorch 2.9 docs/source/compile/programming_model.fullgraph_true.md, cell 2: the rewrite takes the list and iterates it inside (result printed)
import functools

import torch

# The page's hidden header (header_code.py): the eager backend.
torch.compile = functools.partial(torch.compile, backend="eager")


@torch.compile(fullgraph=True)
def f_rewritten(xs):
    it = iter(xs)
    a = next(it)
    b = next(it)
    return a + b


xs = [torch.tensor(1.0), torch.tensor(2.0)]
print(f_rewritten(xs))
