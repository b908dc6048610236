# Spec: docs/dynamo-formats.md §3.3 example 2 (gb0059, print)
import torch


def fn():
    print("abc")


try:
    torch.compile(fn, backend="eager", fullgraph=True)()
except torch._dynamo.exc.Unsupported as e:
    print(str(e).replace(__file__, __file__.split("/")[-1]))
