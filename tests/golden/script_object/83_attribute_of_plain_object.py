# Spec: docs/torchbind.md §2 (a queue held by a plain Python object: source L['h'].q, placeholder
# L_h_q), returned inside a tuple: the output is the real queue itself, rebuilt from its source.
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


class Holder:
    def __init__(self, q):
        self.q = q


def f(h, x):
    h.q.push(x)
    return (h.q, x + 1)


backend = EagerAndRecordGraphs()
h = Holder(torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1)))
q, y = torch.compile(f, backend=backend)(h, torch.ones(2))
print(q is h.q, y, h.q.size())
print(backend.graphs[0].code.strip())
