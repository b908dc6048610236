# Spec: docs/dynamo-formats.md §3.1 trailer (three spaces on the first frame, two on later ones), §3.3 example 9
import torch


def gn():
    torch._dynamo.graph_break()


def fn():
    gn()


try:
    torch.compile(fn, backend="eager", fullgraph=True)()
except torch._dynamo.exc.Unsupported as e:
    print(str(e).replace(__file__, __file__.split("/")[-1]))
