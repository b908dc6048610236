# Spec: torchbind-semantics.md §3.1 step 8 (a real method the fake class lacks is not attached to
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
    text = str(e)
    lines = text.splitlines()
    print(type(e).__name__)
    print(lines[0])
    print(lines[1].startswith("  Explanation: TorchScript object <"))
    print(lines[1].endswith("> doesn't define the method top."))
    print(lines[2].startswith("  Hint: Ensure the method top is implemented in <"))
    print(lines[3])
    print(lines[4] == "")
    print(lines[5].startswith("  Developer debug context: value=<"), lines[5].endswith(", method=top"))
    print(lines[6] == "")
    print(lines[7])
print(cnt.frame_count, tq.size())
