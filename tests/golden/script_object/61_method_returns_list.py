# Spec: docs/torchbind.md §5.3 (a method returning a list of tensors: a list tracker of getitem
# nodes on the call_torchbind node, one per item of the fake result), §2 step 3 (the queue's
# contents are inputs only through the object).
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

    def is_empty(self):
        return len(self.queue) == 0

    def float_size(self):
        return float(len(self.queue))

    def get_raw_queue(self):
        return list(self.queue)

    def clone_queue(self):
        return [t.clone() for t in self.queue]


def f(tq, x):
    a, b = tq.get_raw_queue()
    return a * b + x


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(torch.tensor([1.0, 2.0]))
tq.push(torch.tensor([3.0, 4.0]))
out = torch.compile(f, backend=backend)(tq, torch.ones(2))
print(out, torch.equal(out, f(tq, torch.ones(2))), tq.size())
print(backend.graphs[0].code.strip())
