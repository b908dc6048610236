# From PyTorch 2.9 docs/source/compile/programming_model.fullgraph_true.md, cell 7: only the tensor code compiled, torch.save in eager code (result printed)
import functools

import torch

# The page's hidden header (header_code.py): the eager backend.
torch.compile = functools.partial(torch.compile, backend="eager")


def f_rewritten(x):
    y = g(x)
    torch.save(y, "foo.pt")
    z = h(y)
    return z


@torch.compile(fullgraph=True)
def g(x):
    y = x**2 / 2
    return y


@torch.compile(fullgraph=True)
def h(y):
    z = y**3 / 6
    return z


x = torch.ones(3)
print(f_rewritten(x))
