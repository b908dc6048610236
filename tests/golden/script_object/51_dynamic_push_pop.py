# Spec: docs/torchbind.md §5.3 "Dynamic shapes" (the fake push stores the fake tensor with its
# symbolic size and the fake pop returns it, so nothing specializes), docs/dynamic-shapes.md
# (dynamic=True: a SymInt placeholder s77 before L_x_); one graph serves both sizes.
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
    tq.push(x)
    return tq.pop() * 2


backend = EagerAndRecordGraphs()
opt = torch.compile(f, backend=backend, dynamic=True)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
for n in (3, 5):
    x = torch.arange(n, dtype=torch.float32)
    out = opt(tq, x)
    print(out, torch.equal(out, f(tq, x)), tq.size())
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
