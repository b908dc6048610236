# Spec: docs/dynamo-formats.md §3.3 example 4 (gb0088)
import torch


def fn():
    raise RuntimeError("test")


try:
    torch.compile(fn, backend="eager", fullgraph=True)()
except torch._dynamo.exc.Unsupported as e:
    print(str(e).replace(__file__, __file__.split("/")[-1]))
