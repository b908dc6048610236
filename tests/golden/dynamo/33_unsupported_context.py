# Spec: docs/dynamo-formats.md §3.3 example 5 (gb0142)
import torch


def fn(obj):
    with obj:
        return 1


try:
    torch.compile(fn, backend="eager", fullgraph=True)(3)
except torch._dynamo.exc.Unsupported as e:
    print(str(e).replace(__file__, __file__.split("/")[-1]))
