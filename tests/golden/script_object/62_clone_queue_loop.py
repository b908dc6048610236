# Spec: docs/torchbind.md §5.3 (clone_queue() returns a list; its length comes from the fake
# result, so a Python loop over it unrolls), §3.2 (push after clone: the fake queue grows, the
# list already returned does not).
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

    def is_empty(self):
        return len(self.queue) == 0

    def float_size(self):
        return float(len(self.queue))

    def get_raw_queue(self):
        return list(self.queue)

    def clone_queue(self):
        return [t.clone() for t in self.queue]


def f(tq, x):
    total = x
    clones = tq.clone_queue()
    tq.push(x)
    for t in clones:
        total = total + t
    return total, len(clones), tq.size()


def make():
    q = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    q.push(torch.tensor([1.0, 1.0]))
    q.push(torch.tensor([2.0, 2.0]))
    return q


backend = EagerAndRecordGraphs()
q = make()
out = torch.compile(f, backend=backend)(q, torch.zeros(2))
print(out, f(make(), torch.zeros(2)), q.size())
print(backend.graphs[0].code.strip())
