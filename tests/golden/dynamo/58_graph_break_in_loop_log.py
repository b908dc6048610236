# logs: graph_breaks
# Spec: docs/dynamo-formats.md §2.6, §3.3 example 7 (gb0025 chained with gb7000, the frame is skipped)
import torch


def fn(x):
    for i in range(2):
        torch._dynamo.graph_break()
    return x + 1


print(torch.compile(fn, backend="eager")(torch.ones(3)))
