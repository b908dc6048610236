# Spec: docs/torchbind.md §4.2 (getattr(tq, "push") and tq.pop read as attributes give the
# call_torchbind HOP variable; nothing is added until they are called, §5.1), §5.4 (one node per
# call, named call_torchbind, call_torchbind_1, ...).
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
    push = getattr(tq, "push")
    pop = tq.pop
    push(x)
    push(x * 2)
    first = pop()
    return first + pop()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.ones(2))
print(out, torch.equal(out, f(tq, torch.ones(2))), tq.size())
print(backend.graphs[0].code.strip())
