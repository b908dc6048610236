# Title: Script objects: a graph break between queue operations
# Group: Graph breaks
#
# An ordinary graph break (here a print) splits the function into two graphs. The first graph
# runs, print runs eagerly, and Dynamo compiles the rest of the function as a new frame, with a
# fresh fake queue made from the real queue as it is *then*.
import torch
from torch._dynamo.testing import EagerAndRecordGraphs


@torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue")
class FakeTensorQueue:
    def __init__(self, queue):
        self.queue = queue

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def push(self, x):
        self.queue.append(x)

    def size(self):
        return len(self.queue)


def f(tq, x):
    tq.push(x.sin())
    print("graph break")
    tq.push(x.cos())
    # The second graph's fake queue starts with the first graph's push, so size() is 2.
    return x + tq.size()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(2))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(backend.graphs[1].code.strip())
print(out)
