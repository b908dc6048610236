# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — a list or dict made in the traced code is
# one object however often the state after the graph reaches it (codegen_save_tempvars): stored in
# an attribute and passed to the call that broke the graph, or returned twice. Before the fix each
# reference was rebuilt as its own list: the call appended to a copy and `r[0] is r[1]` was False.
# Found by tests/cpp/core/mutation_diff_test.cpp.
import torch
import torch._dynamo


class Obj:
    def __init__(self):
        self.items = []


def h_gb(t, l):
    l.append("gb1")
    torch._dynamo.graph_break()
    l.append("gb2")
    return t + 1


def f(x, o):
    o.items = o.items + [0]
    a = h_gb(x, o.items)
    return a


def g(x):
    l = [x.sum()]
    d = {"k": l}
    return l, l, d, d


O = Obj()
print(torch.compile(f, backend="eager")(torch.ones(1), O), O.items)
r = torch.compile(g, backend="eager")(torch.ones(2))
print(r, r[0] is r[1], r[2] is r[3], r[2]["k"] is r[0])
