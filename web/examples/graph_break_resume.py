# Title: A graph break and its resume function
# Group: Graph breaks
#
# Dynamo cannot put print() into a graph. At the print it stops: the graph traced so far is
# compiled and runs, print runs eagerly, and the rest of f becomes a new function
# (torch_dynamo_resume_in_f_at_<line>) that Dynamo traces as a frame of its own. So one
# function gives two graphs. The second one takes y, the live local, as its input.
import torch
from torch._dynamo.testing import EagerAndRecordGraphs


def f(x):
    y = x.sin()
    print("graph break here")
    return y.cos() + 2


backend = EagerAndRecordGraphs()
print(torch.compile(f, backend=backend)(torch.zeros(3)))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(backend.graphs[1].code.strip())
