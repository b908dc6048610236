# From PyTorch 2.9 docs/source/compile/programming_model.fullgraph_true.md, cell 6: torch.save under fullgraph=True (x = torch.ones(3))
import functools

import torch

# The page's hidden header (header_code.py): the eager backend.
torch.compile = functools.partial(torch.compile, backend="eager")


@torch.compile(fullgraph=True)
def f(x):
    y = x**2 / 2
    torch.save(y, "foo.pt")
    z = y**3 / 6
    return z


x = torch.ones(3)
try:
    f(x)  # Graph Break: torch.save not supported
except Exception as e:
    print(e)
