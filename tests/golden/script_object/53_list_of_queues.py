# Spec: docs/torchbind.md §2 (values from any sourced location: items of a list argument, named
# L['qs'][0] -> placeholder L_qs_0_; placeholders in order of first use, so L_x_ sits between
# the two queues).
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


def f(qs, x):
    qs[0].push(x + 1)
    qs[1].push(x + 2)
    return qs[0].pop() * qs[1].pop()


def queues():
    return [torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1)) for _ in range(2)]


backend = EagerAndRecordGraphs()
x = torch.ones(2)
qs = queues()
out = torch.compile(f, backend=backend)(qs, x)
print(out, torch.equal(out, f(queues(), x)), qs[0].size(), qs[1].size())
print(backend.graphs[0].code.strip())
