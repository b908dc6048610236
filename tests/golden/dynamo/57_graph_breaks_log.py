# logs: graph_breaks
# Spec: docs/dynamo-formats.md §2.6 (graph_breaks record), §3.3 example 6 (data-dependent branching, bare message as reason)
import torch


def fn(x):
    if x.sum() > 0:
        return x.sin()
    return x.cos()


print(torch.compile(fn, backend="eager")(torch.zeros(3)))
