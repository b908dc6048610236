# Spec: docs/torchbind.md §4.2 step 5 (reading tq.push emits nothing; it gives a
# call_torchbind variable, and the node is emitted when it is called), §5.4, docs/dynamo-formats.md §1.9
# (sin bound to y is renamed).
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
    push = tq.push
    pop = tq.pop
    y = x.sin()
    push(y)
    return pop() + 1


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=backend)(tq, torch.zeros(3))
print(backend.graphs[0].code.strip())
print(out)
