# Spec: docs/torchbind.md §5.3 (size() is a constant, so range(tq.size()) unrolls; each pop is its
# own node and the fake queue shrinks), §3.2; a dict output holding the queue is rebuilt from the
# queue's source; compiled equals eager.
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
    total = x
    for _ in range(tq.size()):
        total = total + tq.pop()
    return torch.stack([total, x]), {"q": tq}


def make(n):
    q = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    for i in range(n):
        q.push(torch.full((2,), float(i)))
    return q


backend = EagerAndRecordGraphs()
q = make(3)
out, d = torch.compile(f, backend=backend)(q, torch.ones(2))
print(out, d["q"] is q, q.size())
print(torch.equal(out, f(make(3), torch.ones(2))[0]))
print(backend.graphs[0].code.strip())
