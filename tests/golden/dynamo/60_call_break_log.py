# logs: graph_breaks
# Spec: docs/dynamo-formats.md §2.6 (resumable break at a CALL: "Encountered graph break when attempting to trace CALL: a function call, e.g. f(x, y):")
import torch


def fn(x):
    y = x + 1
    z = x + y
    torch._dynamo.graph_break()
    return z


print(torch.compile(fn, backend="eager")(torch.ones(3)))
