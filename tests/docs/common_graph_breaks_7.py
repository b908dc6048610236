# From PyTorch 2.9 docs/source/compile/programming_model.common_graph_breaks.md, cell 7: print reordered after the graph (reorderable_logging_functions)
import functools

import torch

# The page's hidden header: header_code.py (the eager backend), graph_breaks logs.
torch.compile = functools.partial(torch.compile, backend="eager")
torch._logging.set_logs(graph_breaks=True)


torch._dynamo.config.reorderable_logging_functions.add(print)


@torch.compile
def fn(x):
    x += 1
    print("log!")
    return torch.sin(x)


print(fn(torch.ones(3, 3)))
