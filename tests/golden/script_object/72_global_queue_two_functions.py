# Spec: docs/torchbind.md §2 (a global queue: source G['Q'], placeholder G_Q_), §3.2 (each
# compiled function builds its own fake object from the real queue when it is traced).
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


Q = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))


def producer(x):
    Q.push(x * 3)
    return x + Q.size()


def consumer(x):
    return Q.pop() - x


backend = EagerAndRecordGraphs()
p = torch.compile(producer, backend=backend)
c = torch.compile(consumer, backend=backend)
print(p(torch.ones(2)), Q.size())
print(p(torch.ones(2)), Q.size())
print(c(torch.ones(2)), Q.size())
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
print(backend.graphs[-1].code.strip())
