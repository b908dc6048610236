# Spec: docs/compiler-api.md "torch.compiler.error_on_graph_break": with True (and fullgraph=False) a
# graph break raises Unsupported, with False it is an ordinary graph break; the setting is the one in
# force where the graph break happens (decorator, context manager, nested regions).
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


def breaks(x):
    x = x + 1
    torch._dynamo.graph_break()
    return x * 2


@torch.compiler.error_on_graph_break(True)
@torch.compile(backend=cnt)
def strict(x):
    return breaks(x)


try:
    strict(torch.ones(2))
except torch._dynamo.exc.Unsupported as e:
    print("Unsupported:", str(e).split("\n")[0])


@torch.compile(backend=cnt)
def relaxed(x):
    with torch.compiler.error_on_graph_break(True):
        y = x + 1
        with torch.compiler.error_on_graph_break(False):
            y = breaks(y)
    return y


print(relaxed(torch.ones(2)))
print(torch._C._dynamo.get_error_on_graph_break())
with torch.compiler.error_on_graph_break(True):
    print(torch._C._dynamo.get_error_on_graph_break())
print(torch._C._dynamo.get_error_on_graph_break())
