# Spec: docs/compiler-api.md "Nested functions at a graph break": the call that graph-breaks runs
# eagerly after the graph, so the attribute writes it made while being traced (on an object built
# in the frame) are undone first; the eager call makes them once, on the rebuilt object.
import torch

class O:
    pass

@torch.compile(backend="eager")
def f(x):
    o = O()
    o.a = x + 1
    def setb():
        o.b = o.a * 5
        o.a = o.a + 100
        torch._dynamo.graph_break()
    setb()
    return o.a, o.b, sorted(vars(o))

print(f(torch.ones(1)))
