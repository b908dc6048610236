# Spec: docs/torchbind.md §2 (a queue reached through a dict argument: source L['d']['a'],
# placeholder L_d_a_), §5.3 (size() is the constant 1 in the graph, the node stays).
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


def f(d, x):
    d["a"].push(x)
    return d["a"].size() + x * d["k"]


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)({"a": tq, "k": 3}, torch.ones(2))
print(out, tq.size())
tq2 = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
print(torch.equal(out, f({"a": tq2, "k": 3}, torch.ones(2))))
print(backend.graphs[0].code.strip())
