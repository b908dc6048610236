# Spec: docs/torchbind.md §5.3 "Dynamic shapes": a dimension marked dynamic flows through push
# and pop without being specialized (no ConstraintViolationError), and the graph keeps s77;
# a later call with another size reuses the graph.
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
    tq.push(x * 2)
    y = tq.pop()
    return y + x


backend = EagerAndRecordGraphs()
opt = torch.compile(f, backend=backend)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
x = torch.ones(4)
torch._dynamo.mark_dynamic(x, 0)
print(opt(tq, x))
x6 = torch.ones(6)
torch._dynamo.mark_dynamic(x6, 0)
out = opt(tq, x6)
print(out, torch.equal(out, f(tq, x6)))
print(len(backend.graphs), tq.size())
print(backend.graphs[0].code.strip())
