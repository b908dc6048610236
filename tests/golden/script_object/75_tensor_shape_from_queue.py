# Spec: docs/torchbind.md §5.3 (popped tensors carry the fake shapes of the queue's contents,
# static sizes from the real tensors), so shapes read in Python (y.shape[0], y.dim()) are
# constants; compiled equals eager.
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
    y = tq.pop()
    if y.shape[0] > 2:
        return y.sum(0) + x * y.dim()
    return x


def make():
    q = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    q.push(torch.ones(3, 2))
    return q


backend = EagerAndRecordGraphs()
out = torch.compile(f, backend=backend)(make(), torch.ones(2))
print(out, torch.equal(out, f(make(), torch.ones(2))))
print(backend.graphs[0].code.strip())
