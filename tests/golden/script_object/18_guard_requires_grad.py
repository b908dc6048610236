# Spec: docs/torchbind.md §2 step 3 (TENSOR_MATCH on contained tensors includes
# requires_grad).
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
    return x * (tq.size() + 1)


def queue_with(t):
    tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    tq.push(t)
    return tq


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
x = torch.ones(2)
print(opt(queue_with(torch.zeros(3)), x), cnt.frame_count)
print(opt(queue_with(torch.zeros(3, requires_grad=True)), x), cnt.frame_count)
print(opt(queue_with(torch.ones(3, requires_grad=True)), x), cnt.frame_count)
print(opt(queue_with(torch.ones(3)), x), cnt.frame_count)
