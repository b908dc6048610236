# Spec: docs/torchbind.md §5.3 (is_empty() -> bool and float_size() -> float are constants that
# Python control flow reads while tracing; their nodes stay in the graph); compiled equals eager
# for an empty and a non-empty queue (each its own graph, guarded on the queue length).
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
    if tq.is_empty():
        return x - 1
    scale = tq.float_size() / 2
    if scale > 0.7:
        return tq.pop() * scale + x
    return x * scale


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
for n in (0, 1, 2):
    qa = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    qb = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    for i in range(n):
        qa.push(torch.full((2,), float(i + 1)))
        qb.push(torch.full((2,), float(i + 1)))
    out = opt(qa, torch.ones(2))
    print(n, out, torch.equal(out, f(qb, torch.ones(2))), qa.size(), cnt.frame_count, cnt.op_count)
