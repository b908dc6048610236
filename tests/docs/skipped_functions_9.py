# From PyTorch 2.9 docs/source/compile/programming_model.skipped_functions.md, cell 9: the skip isolated in a nested function
import torch

# The page's hidden header: header_code.py (the eager backend); its dynamo=DEBUG logs are left out.
torch.compile = __import__("functools").partial(torch.compile, backend="eager")


def inner1(x):
    return x + 1


def inner2(x):
    return x + 2


@torch.compile
def fn(x):
    x = inner1(x)

    def problematic_code():
        torch._dynamo.skip_frame()

    problematic_code()
    x = inner2(x)


fn(torch.ones(3))
