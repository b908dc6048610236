# Spec: docs/torchbind.md §6 (custom ops queue_push / queue_pop take the object; their fake kernels
# call the fake methods, so the fake state evolves and the method call after them sees it; the op
# packet prints in the graph); compiled equals eager.
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
    torch.ops._TorchScriptTesting.queue_push(tq, x.sin())
    torch.ops._TorchScriptTesting.queue_push(tq, x.cos())
    first = torch.ops._TorchScriptTesting.queue_pop(tq)
    return first * 2 + tq.pop()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq2 = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(2))
print(out, torch.equal(out, f(tq2, torch.zeros(2))), tq.size(), tq2.size())
print(backend.graphs[0].code.strip())
