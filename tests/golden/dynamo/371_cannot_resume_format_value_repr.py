# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from" — `f"{t!r}"` of a tensor is
# FORMAT_VALUE with the repr conversion: `repr(tensor)` is "Failed to trace builtin operator", and
# FORMAT_VALUE has no break_graph_if_unsupported. Dynamo logs "Encountered graph break that we
# cannot resume from", traces the frame again and compiles the graph up to the last instruction it
# reached with an empty stack (the start of the f-string's statement, once the graph holds two
# calls); the rest of the frame (w = z * 2 included) runs eagerly, with no resume function. With a
# graph of one call there is no checkpoint: the frame falls back to eager ("Failed to handle graph
# break gracefully"). `{t}` and `{t:.2f}` of a tensor trace (StringFormatVariable) and do not break.
import torch


def describe(x):
    y = x.sin()
    z = y + 1
    s = f"{z!r}"
    w = z * 2
    return w, s


def one_op(x):
    y = x.cos()
    s = f"{y!r}"
    return y + 1, s


def plain(x):
    y = x.sin()
    z = y + 1
    s = f"{z} {z.sum():.2f}"
    return z * 2, s


print(torch.compile(describe, backend="eager")(torch.ones(2)))
print(torch.compile(describe, backend="eager")(torch.zeros(2)))
print(torch.compile(one_op, backend="eager")(torch.ones(2)))
print(torch.compile(plain, backend="eager")(torch.ones(2)))
