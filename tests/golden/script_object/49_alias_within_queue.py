# Spec: docs/torchbind.md §2 "Aliasing check" (make_dupe_guard raises when either source is
# under a FlattenScriptObjectSource: the same tensor object queued twice is reached through two
# flatten sources, which is the same hard error).
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


def f(tq, x):
    return tq.pop() + x


cnt = CompileCounter()
t = torch.ones(2)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(t)
tq.push(t)
try:
    torch.compile(f, backend=cnt)(tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(cnt.frame_count, tq.size())
