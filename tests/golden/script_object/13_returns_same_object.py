# Spec: docs/torchbind.md §1, §2 (the variable keeps the object's source, so returning it
# gives back the caller's object, not the fake), §5.2 (the fake only exists during tracing; at run
# time the graph calls the real methods, so the caller's queue is mutated).
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
    tq.push(x + 1)
    tq.push(x + 2)
    return [tq, (tq, x.sum())], tq


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
nested, same = torch.compile(f, backend=backend)(tq, torch.zeros(2))
print(same is tq, nested[0] is tq, nested[1][0] is tq)
print(type(same) is torch.ScriptObject)
print(nested[1][1])
print(tq.size())
print(tq.pop(), tq.pop())
print(len(backend.graphs))
