# Spec: docs/torchbind.md §4.2 (top is not implemented by the fake class: GB0265, a hard error
# even inside an nn.Module's forward), §4.1 (rewrapped as InternalTorchDynamoError, caught by the
# caller; the text ends with a newline), §7.1 (the message layout).
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


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))

    def forward(self, x):
        self.tq.push(x)
        return self.tq.top() + 1


m = M()
cnt = CompileCounter()
try:
    torch.compile(m, backend=cnt)(torch.ones(2))
    print("no error")
except Exception as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(e)
print(cnt.frame_count, m.tq.size())
print(m(torch.ones(2)), m.tq.size())
