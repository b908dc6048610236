# Spec: docs/torchbind.md §2 (values from any sourced location, including attributes of an
# nn.Module; the placeholder for L['self'].tq is L_self_tq).
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


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))

    def forward(self, x):
        self.tq.push(x.sin())
        return self.tq.pop() + 1


backend = EagerAndRecordGraphs()
m = M()
out = torch.compile(m, backend=backend)(torch.zeros(2))
print(backend.graphs[0].code.strip())
print(out)
print(m.tq.size())
