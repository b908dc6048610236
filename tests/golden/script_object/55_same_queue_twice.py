# Spec: docs/torchbind.md §2 "Aliasing check": the same non-empty queue passed as two arguments
# is wrapped once per source, so its tensor is reached through L['a'].__obj_flatten__() and then
# L['b'].__obj_flatten__(): make_dupe_guard's hard error, rewrapped as InternalTorchDynamoError
# (§4.1, whose text ends with augment_exc_message's newline). Nothing ran: the queue is unchanged.
import torch
from torch._dynamo.testing import CompileCounter


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


def f(a, b, x):
    a.push(x)
    return b.size() + x


cnt = CompileCounter()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(torch.zeros(2))
print(f(tq, tq, torch.ones(2)), tq.size())
try:
    torch.compile(f, backend=cnt)(tq, tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(cnt.frame_count, tq.size())
