# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from" — under fullgraph=True (and
# inside torch.compiler.error_on_graph_break(True)) there is no partial graph: should_compile_partial_graph
# is false, so no checkpoint exists, and the graph break is raised as torch._dynamo.exc.Unsupported
# with the graph break's message and the "from user code:" trailer, as for any other graph break.
# Without fullgraph the same function compiles a partial graph and returns what eager returns.
import torch


class Obj:
    pass


def f(x, a, b):
    y = x.sin()
    y = y + 1
    if a is b:
        return y
    return y * 2


a, b = Obj(), Obj()
try:
    torch.compile(f, backend="eager", fullgraph=True)(torch.ones(2), a, b)
except torch._dynamo.exc.Unsupported as e:
    print(type(e).__name__)
    print(e)

torch._dynamo.reset()
g = torch.compile(f, backend="eager")
try:
    with torch.compiler.error_on_graph_break(True):
        g(torch.ones(2), a, b)
except torch._dynamo.exc.Unsupported as e:
    print(str(e).splitlines()[0])

torch._dynamo.reset()
print(g(torch.ones(2), a, b))
print(f(torch.ones(2), a, b))
