# Spec: docs/torchbind.md §3.2 and §5.3 (is_empty() is read again after every pop: the fake queue
# empties as the real one will, so the while loop unrolls to exactly the queue's length), §2 step 3
# (a queue of another length is another graph).
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

    def is_empty(self):
        return len(self.queue) == 0

    def float_size(self):
        return float(len(self.queue))

    def get_raw_queue(self):
        return list(self.queue)

    def clone_queue(self):
        return [t.clone() for t in self.queue]


def f(tq, x):
    total = x
    while not tq.is_empty():
        total = total * 2 + tq.pop()
    return total


def make(n):
    q = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    for i in range(n):
        q.push(torch.full((2,), float(i + 1)))
    return q


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
for n in (3, 1, 3):
    q = make(n)
    out = opt(q, torch.ones(2))
    print(n, out, torch.equal(out, f(make(n), torch.ones(2))), q.size(), cnt.frame_count, cnt.op_count)
