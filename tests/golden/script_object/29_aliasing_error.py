# Spec: docs/torchbind.md §2 "Aliasing check (hard error)": x is wrapped first (x.sin()), then
# tq is wrapped at tq.pop() and its flattened contents hold the same tensor object x;
# make_dupe_guard raises UnsafeScriptObjectError "<obj_source> is aliasing <dupe_source>" with the
# source being wrapped (under L['tq']) first and the earlier one, L['x'], second. A clone is fine.
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


def f(x, tq):
    return x.sin(), tq.pop().cos()


cnt = CompileCounter()
x = torch.ones(2, 3)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(x)
try:
    torch.compile(f, backend=cnt)(x, tq)
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(cnt.frame_count)
tq2 = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq2.push(x.clone())
a, b = torch.compile(f, backend=cnt)(x, tq2)
print(torch.equal(a, x.sin()), torch.equal(b, x.cos()), cnt.frame_count, tq2.size())
