# Spec: docs/torchbind.md §6 (a custom operator whose schema takes the queue,
# __torch__.torch.classes._TorchScriptTesting._TensorQueue, declared with torch.library.define and
# given a kernel with torch.library.impl: Dynamo records the op packet; its fake kernel receives the
# FakeScriptObject and its pop/push are FakeScriptMethods), docs/custom-ops.md; compiled equals eager.
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


torch.library.define(
    "mylib::qpeek", "(__torch__.torch.classes._TorchScriptTesting._TensorQueue q, Tensor x) -> Tensor"
)


@torch.library.impl("mylib::qpeek", "CompositeExplicitAutograd")
def qpeek(q, x):
    t = q.pop()
    q.push(t)
    return t + x


@torch.library.register_fake("mylib::qpeek")
def qpeek_fake(q, x):
    t = q.pop()
    q.push(t)
    return t + x


def f(tq, x):
    y = torch.ops.mylib.qpeek(tq, x) * 2
    return y + tq.size()


backend = EagerAndRecordGraphs()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(torch.ones(2))
out = torch.compile(f, backend=backend)(tq, torch.ones(2))
print(out, torch.equal(out, f(tq, torch.ones(2))), tq.size())
print(backend.graphs[0].code.strip())
