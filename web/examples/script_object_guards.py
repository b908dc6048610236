# Title: Script objects: guards and recompiles on the contents
# Group: Guards and recompiles
#
# Dynamo guards a script object on its class name and on its __obj_flatten__() contents: for a
# _TensorQueue, the number of queued tensors and each tensor's shape, dtype, requires_grad...
# A change in any of them means the compiled code may be wrong, so Dynamo recompiles.
import torch
from torch._dynamo.testing import CompileCounter


@torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue")
class FakeTensorQueue:
    def __init__(self, queue):
        self.queue = queue

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def size(self):
        return len(self.queue)


def f(tq, x):
    # size() is baked into the graph as a constant, which is only right while the length guard holds.
    return x * tq.size()


def queue_of(*tensors):
    tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    for t in tensors:
        tq.push(t)
    return tq


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
x = torch.ones(2)
print(opt(queue_of(torch.zeros(3)), x), cnt.frame_count)                   # first compile
print(opt(queue_of(torch.ones(3)), x), cnt.frame_count)                    # same metadata: reused
print(opt(queue_of(torch.zeros(3), torch.zeros(3)), x), cnt.frame_count)   # length 2: recompile
print(opt(queue_of(torch.zeros(3, dtype=torch.int64)), x), cnt.frame_count)  # dtype: recompile
print(opt(queue_of(torch.zeros(3, requires_grad=True)), x), cnt.frame_count)  # requires_grad: recompile
print(opt(queue_of(torch.ones(3)), x), cnt.frame_count)                    # first entry matches again
