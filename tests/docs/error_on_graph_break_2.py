# From PyTorch 2.9 docs/source/compile/programming_model.error_on_graph_break.md, cell 2:
# error_on_graph_break() as a context manager.
import torch


# NOTE: fullgraph=False
@torch.compiler.error_on_graph_break(True)
@torch.compile
def fn(x):
    x = x + 1
    with torch.compiler.error_on_graph_break(False):
        torch._dynamo.graph_break()  # no error
    return x + 2


# No error, but there is a graph break
print(fn(torch.ones(3)))
