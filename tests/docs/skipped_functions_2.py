# From PyTorch 2.9 docs/source/compile/programming_model.skipped_functions.md, cell 2: a graph break in a loop skips the function
import torch

# The page's hidden header: header_code.py (the eager backend); its dynamo=DEBUG logs are left out.
torch.compile = __import__("functools").partial(torch.compile, backend="eager")


@torch.compile
def fn(x):
    for i in range(5):
        x = x + 1
        if i == 3:
            torch._dynamo.graph_break()
    return x


print(fn(torch.ones(3)))
