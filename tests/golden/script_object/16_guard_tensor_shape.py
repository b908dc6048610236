# Spec: docs/torchbind.md §2 step 3 (a full TENSOR_MATCH on every tensor in the flattened
# contents: a queued tensor of another shape recompiles, one of the same shape does not; the
# tensors' own placeholders are pruned because the graph never uses them, but their guards stay).
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
    return tq.pop() + x


def queue_with(t):
    tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    tq.push(t)
    return tq


backend = EagerAndRecordGraphs()
opt = torch.compile(f, backend=backend)
print(opt(queue_with(torch.ones(2)), torch.ones(2)), len(backend.graphs))
print(backend.graphs[0].code.strip())
print(opt(queue_with(torch.full((2,), 2.0)), torch.ones(2)), len(backend.graphs))
print(opt(queue_with(torch.ones(1)), torch.ones(2)), len(backend.graphs))
