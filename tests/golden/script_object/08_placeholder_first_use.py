# Spec: docs/torchbind.md §2 "Placeholders are ordered by first use while tracing, not by
# argument order": x is used before tq, so L_x_ comes first.
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
    y = x.cos()
    tq.push(y)
    return tq.pop() - 1


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(2, 2))
print(backend.graphs[0].code.strip())
print(out)
