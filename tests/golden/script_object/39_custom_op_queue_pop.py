# Spec: docs/torchbind.md §6 (queue_push / queue_pop custom ops traced with their packets;
# the fake kernels push to and pop from the fake queue), §5.3 (the popped tensor flows into later
# ops), docs/dynamo-formats.md §1.9 (the popped value bound to a local is renamed after it).
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
    torch.ops._TorchScriptTesting.queue_push(tq, x)
    torch.ops._TorchScriptTesting.queue_push(tq, x * 10)
    front = torch.ops._TorchScriptTesting.queue_pop(tq)
    return front + tq.pop()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.ones(2))
print(backend.graphs[0].code.strip())
print(out)
print(tq.size())
