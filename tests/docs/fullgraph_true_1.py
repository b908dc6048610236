# From PyTorch 2.9 docs/source/compile/programming_model.fullgraph_true.md, cell 1: next() on a list_iterator passed in from eager code
import functools

import torch

# The page's hidden header (header_code.py): the eager backend.
torch.compile = functools.partial(torch.compile, backend="eager")


@torch.compile(fullgraph=True)
def f(xs):
    a = next(xs)
    b = next(xs)
    return a + b


xs = [torch.tensor(1.0), torch.tensor(2.0)]
try:
    out = f(iter(xs))
except Exception as e:
    print(e)
