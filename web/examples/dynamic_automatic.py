# Title: Automatic dynamic: the size becomes a symbol
# Group: Dynamic shapes
#
# The first call compiles a static graph (the size 2 is baked in as a constant). The second call,
# with size 3, fails the guard on x's size; Dynamo recompiles and, because the size changed, makes
# that dimension a symbol (s97): the graph reads it from a placeholder instead of a constant, and
# serves every later size. Open the Guards pane: `2 <= L['a'].size()[0]` is checked on each call.
import torch
from torch._dynamo.testing import EagerAndRecordGraphs

backend = EagerAndRecordGraphs()


@torch.compile(backend=backend)
def f(a):
    return a.shape[0] * a


print(f(torch.ones(2)))
print(f(torch.ones(3)))
print(f(torch.ones(4)))
print("graphs:", len(backend.graphs))
backend.graphs[-1].print_readable()
