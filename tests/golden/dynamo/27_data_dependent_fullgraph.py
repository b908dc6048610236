# Spec: docs/dynamo-formats.md §3.1 (layout, from user code trailer), §3.3 example 3 (gb0170)
import torch


def fn(x):
    if x.sum() > 0:
        return x.sin()
    return x.cos()


try:
    torch.compile(fn, backend="eager", fullgraph=True)(torch.ones(3))
except torch._dynamo.exc.Unsupported as e:
    print(str(e).replace(__file__, __file__.split("/")[-1]))
