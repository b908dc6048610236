# Spec: docs/torchbind.md §2 (closure cells are sourced locations: the object becomes a graph
# input and its methods call_torchbind nodes; the compiled code mutates the caller's object).
# Only results and counts are printed: the cell's source spelling is not part of the spec.
import torch
from torch._dynamo.testing import CompileCounter, EagerAndRecordGraphs


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


def make(tq):
    def f(x):
        tq.push(x * 3)
        return tq.pop() + tq.size()
    return f


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
backend = EagerAndRecordGraphs()
out = torch.compile(make(tq), backend=backend)(torch.ones(2))
print(out)
print(len(backend.graphs))
code = backend.graphs[0].code
print(code.count("torch.ops.higher_order.call_torchbind("))
print("'push'" in code, "'pop'" in code, "'size'" in code)
print(tq.size())
