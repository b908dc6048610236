# From PyTorch 2.9 docs/source/compile/programming_model.dynamo_nonstrict_trace.md, cell 1: a graph break under fullgraph=True (torch.rand(10) is only an input)
import torch


def get_magic_num():
    # This explicit graph break call is meant to emulate any kind of Dynamo
    # graph break, e.g., the function is implemented in C, or uses some python
    # language feature Dynamo doesn't yet support.
    torch._dynamo.graph_break()
    return 42


@torch.compile(fullgraph=True)
def func(x):
    n = get_magic_num()
    return x + n


try:
    func(torch.rand(10))
except Exception as e:
    print(e)
