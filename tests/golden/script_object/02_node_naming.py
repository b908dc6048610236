# Spec: docs/torchbind.md §5.4 (call_torchbind, call_torchbind_1, ... in call order),
# §5.3 (push returns None: the node stays although nothing uses it), §5.1 (method name is a
# string constant argument); docs/dynamo-formats.md §1.7 (a node without users frees itself).
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
    tq.push(x)
    tq.push(x + 1)
    tq.push(x + 2)
    tq.pop()
    return tq.pop() + tq.pop()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.ones(2))
print(backend.graphs[0].code.strip())
print(out)
print(tq.size())
