# From PyTorch 2.9 docs/source/compile/programming_model.dynamo_core_concepts.md, cell 1: a graph break on torch.save (x = torch.ones(3) for torch.randn(3))
import functools

import torch

# The page's hidden cells: header_code.py (the eager backend) and the logs the section enables.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True)

@torch.compile
def f(x):
    y = x**2 / 2
    torch.save(y, "foo.pt")  # torch.save is an unsupported operation
    z = y**3 / 6
    return z


x = torch.ones(3)
print(f(x))
