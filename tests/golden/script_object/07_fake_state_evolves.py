# Spec: docs/torchbind.md §3.2 (one fake object per trace; fake push/pop mutate its state, so
# later size() calls see it: 3 pushes, 2 pops, size() == 1), §5.3 (the int is baked in).
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
    for i in range(3):
        tq.push(x + i)
    first = tq.pop()
    second = tq.pop()
    return first + second + tq.size()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(2))
print(backend.graphs[0].code.strip())
print(out)
print(tq.size())
print(tq.pop())
