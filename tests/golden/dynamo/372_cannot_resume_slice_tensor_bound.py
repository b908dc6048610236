# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from" — a slice whose bound is a
# tensor (`y[0:n]` with n a 0-d tensor) breaks at BUILD_SLICE (the bound's `.item()`), an
# instruction without break_graph_if_unsupported: the graph ends at the statement's start (the last
# instruction with an empty stack) and the rest of `head` runs eagerly. The functions it calls from
# there are frames of their own and are compiled (`tail`'s graph); `y[0:2]` with an int bound traces.
import torch


def tail(t):
    return t.exp() - t


def head(x, n):
    y = x.cos()
    w = y * 3
    part = y[0:n]
    return tail(w[0:2]) + part.sum()


def ints(x):
    y = x.cos()
    w = y * 3
    return w[0:2] + 1


x = torch.arange(4.0)
print(torch.compile(head, backend="eager")(x, torch.tensor(2)))
print(torch.compile(head, backend="eager")(x, torch.tensor(3)))
print(torch.compile(ints, backend="eager")(x))
