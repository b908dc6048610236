# Spec: docs/torchbind.md §2 step 3 (guards on the __obj_flatten__ result: the queue list's
# length), so a queue of another length recompiles and one of the same length reuses the code.
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
    return x + tq.size()


def queue_of(n):
    tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    for i in range(n):
        tq.push(torch.zeros(2))
    return tq


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
x = torch.zeros(2)
print(opt(queue_of(0), x), cnt.frame_count)
print(opt(queue_of(0), x), cnt.frame_count)
print(opt(queue_of(2), x), cnt.frame_count)
print(opt(queue_of(2), x), cnt.frame_count)
print(opt(queue_of(1), x), cnt.frame_count)
print(opt(queue_of(0), x), cnt.frame_count)
