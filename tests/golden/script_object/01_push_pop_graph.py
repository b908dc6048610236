# Spec: docs/torchbind.md §2 (placeholder L_tq_, first use), §5.1, §5.3 (tensor and None
# results), §5.4 (call_torchbind naming); docs/dynamo-formats.md §1.7 (deallocation suffixes).
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
    tq.push(x.sin())
    return tq.pop() * 2


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(3))
print(backend.graphs[0].code.strip())
print(len(backend.graphs))
print(out)
print(tq.size())
