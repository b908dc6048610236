# From PyTorch 2.9 docs/source/compile/programming_model.error_on_graph_break.md, cell 8:
# fullgraph=True cannot be toggled back to fullgraph=False: a nested torch.compile'd function is
# traced inline, under the outer fullgraph=True.
import torch


@torch.compile(fullgraph=False)
def inner(x):
    x = x + 1
    torch._dynamo.graph_break()
    return x + 2


@torch.compile(fullgraph=True)
def fn(x):
    return inner(x)


try:
    fn(torch.randn(3))
except Exception as e:
    print(e)
