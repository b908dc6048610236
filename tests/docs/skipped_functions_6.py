# From PyTorch 2.9 docs/source/compile/programming_model.skipped_functions.md, cell 6: context managers Dynamo resumes after a graph break in them
import torch

# The page's hidden header: header_code.py (the eager backend); its dynamo=DEBUG logs are left out.
torch.compile = __import__("functools").partial(torch.compile, backend="eager")


import contextlib


@torch.compile
def fn(x):
    with contextlib.nullcontext():
        with torch.no_grad():
            x = x + 1
            torch._dynamo.graph_break()
            return x + 1


print(fn(torch.ones(3)))
