# Spec: docs/torchbind.md §3.1 step 8 (a real method the fake class lacks is not attached to
# the FakeScriptObject), §4.2 step 2 (GB0265 "FakeScriptObject missing method implementation"),
# §4.1 (hard error: UnsafeScriptObjectError rewrapped as InternalTorchDynamoError, even with
# fullgraph=False; nothing runs, so the real queue is unchanged), §7.1 (layout, registry link).
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
    return tq.top() + 1


cnt = CompileCounter()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    torch.compile(f, backend=cnt)(tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(cnt.frame_count, tq.size())
