# Spec: docs/dynamo-formats.md §3 (print is an ordinary graph break; with fullgraph=True it is the
# Unsupported error, raised before any graph ran, so the queue is untouched), docs/torchbind.md
# §4.1 (only script-object errors are hard errors: this one is not rewrapped).
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
    tq.push(x)
    print("pushed")
    return tq.pop() + 1


cnt = CompileCounter()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    torch.compile(f, backend=cnt, fullgraph=True)(tq, torch.ones(2))
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
print(cnt.frame_count, tq.size())
out = torch.compile(f, backend=cnt)(tq, torch.ones(2))
print(out, cnt.frame_count, tq.size())
