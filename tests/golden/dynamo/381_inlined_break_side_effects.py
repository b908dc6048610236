# logs: graph_breaks
# eager-equal
# Spec: docs/compiler-api.md "Graph breaks inside inlined calls" — a graph break inside a function
# the frame inlined, after that function mutated a list, a dict, a set, an object's attribute, a
# module's attribute and a closure cell: the call runs again eagerly after the graph, so the first
# trace's mutations must not be kept (each happened twice before the fix). The frame is traced again
# up to the call (PyTorch's fail_and_restart_analysis); the graph break is logged once.
# Found by tests/cpp/core/mutation_diff_test.cpp.
import torch
import torch._dynamo


class Obj:
    def __init__(self):
        self.v = 1


def make_counter():
    c = 0

    def inc(t):
        nonlocal c
        c += 1
        torch._dynamo.graph_break()
        return t + c

    return inc


inc = make_counter()


def h_list(t, l):
    l.append('before')
    torch._dynamo.graph_break()
    l.append('after')
    return t + 1


def h_nested(t, l):
    l.append('outer')
    return h_list(t, l) * 2


def h_obj(t, o):
    o.v += 1
    torch._dynamo.graph_break()
    return t + o.v


def h_dict_set(t, d, s):
    d['x'] = d.get('x', 0) + 1
    s.add(len(s))
    torch._dynamo.graph_break()
    return t


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def forward(self, t):
        self.calls += 1
        torch._dynamo.graph_break()
        return t + 1


def f(x, lst, o, d, s, m):
    x = x + 1
    acc = []

    def g(t):
        acc.append(len(acc))
        torch._dynamo.graph_break()
        return t

    x = h_nested(x, lst)
    x = inc(x)
    x = h_obj(x, o)
    x = h_dict_set(x, d, s)
    x = m(x)
    x = g(x)
    return x, acc


lst, o, d, s, m = [], Obj(), {}, set(), M()
cf = torch.compile(f, backend="eager")
for i in range(2):
    r = cf(torch.ones(2), lst, o, d, s, m)
    print(r, lst, o.v, d, s, m.calls, inc(torch.zeros(1)))
