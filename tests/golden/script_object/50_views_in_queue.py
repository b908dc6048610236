# Spec: docs/torchbind.md §3.1 step 4 (tensors inside one object that only share storage are
# distinct objects: no aliasing error; maybe_to_fake_obj only logs a warning and gives each its own
# fresh fake tensor), §2 step 3 (both are guarded and their placeholders pruned).
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
    a = tq.pop()
    b = tq.pop()
    return a + b.view(2, 2) + x


backend = EagerAndRecordGraphs()
base = torch.arange(4.0).view(2, 2)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(base)
tq.push(base.view(-1))
out = torch.compile(f, backend=backend)(tq, torch.ones(2, 2))
print(backend.graphs[0].code.strip())
print(out)
