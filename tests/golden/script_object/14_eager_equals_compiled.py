# Spec: docs/torchbind.md §5.2 (the fake class only computes shapes and state during tracing;
# the compiled graph runs the real methods), so compiled and eager runs agree on results and on the
# queue contents left behind.
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
    tq.push(x.sin())
    tq.push(x.cos())
    tq.push(x * 2)
    a = tq.pop()
    b = tq.pop()
    return a * b + tq.size()


def new_queue():
    return torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))


x = torch.tensor([0.0, 1.0, 2.0])
eager_q = new_queue()
compiled_q = new_queue()
expected = f(eager_q, x)
actual = torch.compile(f, backend=EagerAndRecordGraphs())(compiled_q, x)
print(torch.allclose(expected, actual))
print(eager_q.size(), compiled_q.size())
print(torch.equal(eager_q.pop(), compiled_q.pop()))
