# Spec: docs/dynamo-formats.md §5 (a graph break inside an inlined function: the caller's graph
# ends before the call, the helper runs as a frame of its own, compiled in two graphs around its
# break, and the caller resumes with the result as ___stack0, placeholder L_stack0_),
# docs/torchbind.md §2 (the helper's graphs take the queue as L_tq_).
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


def helper(tq, x):
    tq.push(x)
    torch._dynamo.graph_break()
    return tq.pop() * 2


def f(tq, x):
    y = x + 1
    return helper(tq, y) + 1


def make():
    return torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))


backend = EagerAndRecordGraphs()
q = make()
out = torch.compile(f, backend=backend)(q, torch.ones(2))
print(out, q.size(), torch.equal(out, f(make(), torch.ones(2))))
print(len(backend.graphs))
for g in backend.graphs:
    print(g.code.strip())
