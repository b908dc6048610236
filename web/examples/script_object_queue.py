# Title: Script objects: tracing a TorchScript queue
# Group: Script objects: happy path
#
# A TorchScript custom class instance ("script object") is a C++ object Dynamo cannot look
# inside. To trace code that uses one, Dynamo needs a *fake class*: a Python stand-in that
# imitates the object's state and methods on fake tensors.
import torch
from torch._dynamo.testing import EagerAndRecordGraphs


# The fake class for _TensorQueue. Dynamo builds one from the real queue's __obj_flatten__()
# contents, (("queue", [tensors...]),), by calling __obj_unflatten__.
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
    # Each method call becomes one torch.ops.higher_order.call_torchbind node. While tracing,
    # the fake queue runs the method, so the fake state evolves: two pushes, one pop...
    tq.push(x.cos())
    tq.push(x.sin())
    # ...and size() is 1 here. An int result is baked into the graph as a constant (`- 1`),
    # while the 'size' node itself stays in the graph.
    return tq.pop() - tq.size(), tq


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out, same = torch.compile(f, backend=backend)(tq, torch.zeros(2))
print(backend.graphs[0].code.strip())
# The graph runs the *real* methods: the caller's queue now holds sin(x), and the object
# returned is the caller's own object, not the fake.
print(out)
print(same is tq, tq.size())
