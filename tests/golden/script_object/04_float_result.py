# Spec: docs/torchbind.md §5.3 (a float result from float_size() is baked in as a constant,
# the node stays), §3.2 (two fake pushes, so float_size() is 2.0 during the trace).
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

    def float_size(self):
        return float(len(self.queue))


def f(tq, x):
    tq.push(x)
    tq.push(x)
    return x + tq.float_size()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(2))
print(backend.graphs[0].code.strip())
print(out)
print(tq.float_size())
