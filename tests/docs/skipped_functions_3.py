# From PyTorch 2.9 docs/source/compile/programming_model.skipped_functions.md, cell 3: the loop unrolled by hand (a nested function writing a nonlocal)
import torch

# The page's hidden header: header_code.py (the eager backend); its dynamo=DEBUG logs are left out.
torch.compile = __import__("functools").partial(torch.compile, backend="eager")


@torch.compile
def fn(x):
    def inner(i):
        nonlocal x
        x = x + 1
        if i == 3:
            torch._dynamo.graph_break()

    inner(0)
    inner(1)
    inner(2)
    inner(3)
    inner(4)
    return x


print(fn(torch.ones(3)))
