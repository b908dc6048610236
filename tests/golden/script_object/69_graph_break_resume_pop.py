# Spec: docs/dynamo-formats.md §5 (the graph break splits the frame; the resume function receives
# tq and x again), docs/torchbind.md §2 step 3 (the resume graph's fake queue is built from the
# real queue after the first graph pushed), §5.4 (pop stored in y renames the node y).
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
    torch._dynamo.graph_break()
    y = tq.pop()
    return y * tq.size() + x


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(torch.full((2,), 5.0))
out = torch.compile(f, backend=backend)(tq, torch.ones(2))
tq2 = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq2.push(torch.full((2,), 5.0))
print(out, torch.equal(out, f(tq2, torch.ones(2))), tq.size(), tq2.size())
print(len(backend.graphs))
for g in backend.graphs:
    print(g.code.strip())
