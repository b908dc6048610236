# Spec: docs/torchbind.md §2 (one placeholder per script object, named from its source;
# order = first use: tq1 at tq1.push, x as its argument, tq2 last), §5.4 (one counter for all
# call_torchbind nodes).
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


def f(tq1, tq2, x):
    tq1.push(x)
    tq2.push(x * 2)
    return tq1.pop() + tq2.pop()


backend = EagerAndRecordGraphs()
tq1 = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq2 = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq1, tq2, torch.ones(2))
print(backend.graphs[0].code.strip())
print(out)
print(tq1.size(), tq2.size())
