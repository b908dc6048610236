# From PyTorch 2.9 docs/source/compile/programming_model.skipped_functions.md, cell 1: skip_frame() skips fn; inner1 and inner2 are compiled when called
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
    torch._dynamo.skip_frame()
    x = inner2(x)


fn(torch.ones(3))
