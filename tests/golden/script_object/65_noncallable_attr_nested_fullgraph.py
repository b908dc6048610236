# Spec: docs/torchbind.md §4.2 step 3 (script_class_name is a non-callable attribute of the
# FakeScriptObject: GB0267), §4.1 (a hard error: two levels of inlined helpers and fullgraph=True
# change nothing; it is not "graph break in inlined function"), §7.1 (no hints block issue: one hint).
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


def inner(tq):
    return tq.script_class_name


def outer(tq, x):
    return inner(tq), x


def f(tq, x):
    tq.push(x)
    return outer(tq, x)


cnt = CompileCounter()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    torch.compile(f, backend=cnt, fullgraph=True)(tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(cnt.frame_count, tq.size())
