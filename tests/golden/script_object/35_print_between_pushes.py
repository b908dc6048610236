# Spec: docs/dynamo-formats.md §3.3 example 2 and §5 (print is an ordinary graph break: the first graph
# is compiled up to it, print runs eagerly, a resume function continues), docs/torchbind.md §2
# (the resume function gets tq and x as arguments again: fresh placeholders L_tq_ and L_x_, and a
# fresh fake object built from the queue's current contents, so size() sees the real first push).
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

    def pop(self):
        return self.queue.pop(0)

    def size(self):
        return len(self.queue)


def f(tq, x):
    tq.push(x.sin())
    print("between pushes")
    tq.push(x.cos())
    return x + tq.size()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.zeros(1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(2))
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(backend.graphs[1].code.strip())
print(out)
print(tq.size())
print(tq.pop(), tq.pop())
