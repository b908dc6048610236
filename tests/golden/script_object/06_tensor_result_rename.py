# Spec: docs/torchbind.md §5.3 (a tensor result is a TensorVariable whose users reference the
# node), §5.4 (a result bound to a local is renamed after it); docs/dynamo-formats.md §1.9 (the old
# auto-name stays reserved, so the next node is call_torchbind_2), §1.7 (y is freed at its last use).
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
    tq.push(x + 1)
    y = tq.pop()
    n = tq.size()
    return y * y + n, y.sum()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
a, b = torch.compile(f, backend=backend)(tq, torch.ones(3))
print(backend.graphs[0].code.strip())
print(a)
print(b)
