# From PyTorch 2.9 docs/source/compile/programming_model.error_on_graph_break.md, cell 7:
# fullgraph=True takes precedence over error_on_graph_break(False).
import torch


@torch.compiler.error_on_graph_break(False)
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
