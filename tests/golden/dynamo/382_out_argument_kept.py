# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — `torch.add(a, b, out=a)` whose result is
# unused writes `a` in place: the graph must keep the node (fx graph.cpp mutates_input: an `out=`
# argument), on a tensor made in the graph and on an input. Before the fix the node was dead code
# and the compiled call returned `a` unchanged. Found by tests/cpp/core/mutation_diff_test.cpp.
import torch


def f(x):
    a = x * 1
    torch.add(a, x, out=a)
    return a


def g(x, y):
    torch.mul(x, 3, out=y)
    print("graph break")
    torch.sub(y, 1, out=x)
    return x.sum()


print(torch.compile(f, backend="eager")(torch.ones(2)))
x, y = torch.arange(3.0), torch.zeros(3)
print(torch.compile(g, backend="eager")(x, y), x, y)
