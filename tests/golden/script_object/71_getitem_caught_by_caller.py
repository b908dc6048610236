# Spec: docs/torchbind.md §4.3 (tq[0] reaches call_method("__getitem__"): GB0266, a hard error
# rewrapped by convert_frame, §4.1), caught with try/except outside the compiled function; the
# message layout of §7.1 and its final newline.
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
    return tq[0] + x


cnt = CompileCounter()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    torch.compile(f, backend=cnt)(tq, torch.ones(2))
except Exception as e:
    print(type(e).__name__, type(e).__module__)
    print(repr(str(e).splitlines()[-1]))
    print(e)
print(cnt.frame_count)
