# Spec: docs/torchbind.md §2 (globals are sourced too: G['tq'] gives the placeholder G_tq_;
# install_free_tensors is off, so it is a placeholder, not a get_attr); docs/dynamo-formats.md §1.9
# (globals start with G_, the node name is lower-cased).
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


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))


def f(x):
    tq.push(x.sin())
    return tq.pop() + 1


backend = EagerAndRecordGraphs()
out = torch.compile(f, backend=backend)(torch.zeros(2))
print(backend.graphs[0].code.strip())
print(out)
print(tq.size())
