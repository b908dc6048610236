# Spec: docs/torchbind.md §5.3 (a bool result is a constant, so `if tq.is_empty():` needs no
# graph break), §2 (the queue length is guarded: a non-empty queue recompiles and takes the other
# branch).
import torch
from torch._dynamo.testing import CompileCounter, EagerAndRecordGraphs


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

    def is_empty(self):
        return len(self.queue) == 0


def f(tq, x):
    if tq.is_empty():
        tq.push(x.sin())
    return tq.pop() + 1


backend = EagerAndRecordGraphs()
opt = torch.compile(f, backend=backend)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
print(opt(tq, torch.zeros(2)))
print(backend.graphs[0].code.strip())
tq.push(torch.full((2,), 5.0))
print(opt(tq, torch.zeros(2)))
print(len(backend.graphs))
print(tq.is_empty())
