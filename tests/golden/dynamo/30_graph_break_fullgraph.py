# Spec: docs/dynamo-formats.md §3.3 example 1 (gb0025) and the msg variant, §3.1 trailer
import torch


def fn():
    torch._dynamo.graph_break()


def fn2(x):
    y = x + 1
    torch._dynamo.graph_break(msg="test graph break")
    return y


try:
    torch.compile(fn, backend="eager", fullgraph=True)()
except torch._dynamo.exc.Unsupported as e:
    print(str(e).replace(__file__, __file__.split("/")[-1]))
try:
    torch.compile(fn2, backend="eager", fullgraph=True)(torch.ones(1))
except torch._dynamo.exc.Unsupported as e:
    print(str(e).replace(__file__, __file__.split("/")[-1]))
