# Spec: docs/torchbind.md §3.2 (each input has its own fake object whose state evolves), §5.1
# (the popped tensor of one queue is pushed into the other), §5.3 (size() results are constants:
# a's is 1 after the pop, b's is 1 after the push); compiled equals eager on fresh queues.
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


def f(a, b, x):
    b.push(a.pop() * x)
    return b.pop() + a.size() * 10 + b.size()


def make():
    a = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    a.push(torch.tensor([1.0, 2.0]))
    a.push(torch.tensor([3.0, 4.0]))
    return a, torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))


backend = EagerAndRecordGraphs()
a, b = make()
out = torch.compile(f, backend=backend)(a, b, torch.tensor([2.0, 3.0]))
a2, b2 = make()
ref = f(a2, b2, torch.tensor([2.0, 3.0]))
print(out, ref, torch.equal(out, ref))
print(a.size(), b.size(), a2.size(), b2.size())
print(backend.graphs[0].code.strip())
