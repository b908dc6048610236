# From PyTorch 2.9 docs/source/compile/programming_model.dynamo_nonstrict_trace.md, cell 3: nonstrict_trace applied inside the compiled region (x = torch.ones(10))
import torch


def get_magic_num():
    # This explicit graph break call is meant to emulate any kind of Dynamo
    # graph break, e.g., the function is implemented in C, or uses some python
    # language feature Dynamo doesn't yet support.
    torch._dynamo.graph_break()
    return 42


@torch.compile(fullgraph=True)
def func(x):
    n = torch._dynamo.nonstrict_trace(get_magic_num)()
    return x + n


print(func(torch.ones(10)))
# No graph break and no error.
