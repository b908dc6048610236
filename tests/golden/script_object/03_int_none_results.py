# Spec: docs/torchbind.md §5.3 (an int result becomes a constant baked into later ops while
# the call_torchbind node stays; a None result is a constant None), §3.2 (fake state: size() sees
# the fake push).
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
    r = tq.push(x)
    n = tq.size()
    return r, x * n


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
r, out = torch.compile(f, backend=backend)(tq, torch.full((2,), 3.0))
print(backend.graphs[0].code.strip())
print(r is None)
print(out)
print(tq.size())
