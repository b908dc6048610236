# From PyTorch 2.9 docs/source/compile/programming_model.skipped_functions.md, cell 7: a graph break in a try block
import torch

# The page's hidden header: header_code.py (the eager backend); its dynamo=DEBUG logs are left out.
torch.compile = __import__("functools").partial(torch.compile, backend="eager")


@torch.compile
def fn(x):
    try:
        x = x + 1
        torch._dynamo.graph_break()
        return x + 1
    except Exception as e:
        pass


print(fn(torch.ones(3)))
