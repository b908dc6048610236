# From PyTorch 2.9 docs/source/compile/programming_model.fullgraph_true.md, cell 3: a graph break under fullgraph=True, then nonstrict_trace (x = torch.ones(3))
import functools

import torch

# The page's hidden header (header_code.py): the eager backend.
torch.compile = functools.partial(torch.compile, backend="eager")


# this is a function that Dynamo doesn't support (due to the graph_break() call).
def g(x):
    y = x.sin()
    torch._dynamo.graph_break()
    z = y.sin()
    return z


@torch.compile(fullgraph=True)
def f(x):
    w = x.sin()
    return g(w)


x = torch.ones(3)
try:
    f(x)  # Graph Break: there was a call to torch._dynamo.graph_break()
except Exception as e:
    print(e)


@torch.compile(fullgraph=True)
def f_rewritten(x):
    w = x.sin()
    return torch._dynamo.nonstrict_trace(g)(w)


print(f_rewritten(x))  # works (the notebook displays the value)
