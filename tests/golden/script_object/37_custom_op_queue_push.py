# Spec: docs/torchbind.md §6 (a custom op taking a script object is traced like any custom op:
# the object's placeholder is its argument, the line uses the packet, and the fake kernel calls the
# fake method, so the fake queue grows and size() sees it), §2 (x is realized by x.cos() before the
# op's arguments are, so L_x_ comes first), §5.3 (size() is baked in).
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
    torch.ops._TorchScriptTesting.queue_push(tq, x.cos())
    return x + tq.size()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(2))
print(backend.graphs[0].code.strip())
print(out)
print(tq.size(), tq.pop())
