# Spec: docs/torchbind.md §2 step 3 (a graph per queue length: guards on the flattened list's
# length), §5.3 (size() baked in as a constant); CompileCounter counts frames and ops (the
# call_torchbind node is an op); torch._dynamo.reset() forgets every graph.
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
    return x * tq.size()


def queue(n):
    q = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    for _ in range(n):
        q.push(torch.zeros(1))
    return q


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
for n in (1, 2, 1, 3, 2):
    print(n, opt(queue(n), torch.ones(2)), cnt.frame_count, cnt.op_count)
torch._dynamo.reset()
print(opt(queue(2), torch.ones(2)), cnt.frame_count, cnt.op_count)
