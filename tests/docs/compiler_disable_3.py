# From PyTorch 2.9 docs/source/compile/programming_model.compiler_disable.md, cell 2
# with recursive=False, as the text around it describes: outer3's own frame is not traced,
# inner3 (which it calls) is compiled. A CompileCounter shows what was compiled.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def inner3(x):
    torch._dynamo.graph_break()  # traced
    return x + 1  # traced


@torch.compiler.disable(recursive=False)
def outer3(x):
    x = x + 2  # not traced
    torch._dynamo.graph_break()  # not traced
    return inner3(x)


@torch.compile(backend=cnt)
def g(x):
    x = outer3(x)
    return x + 4  # traced


print(g(torch.ones(3)))
print(cnt.frame_count, cnt.op_count)
