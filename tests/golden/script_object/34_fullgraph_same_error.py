# Spec: docs/torchbind.md §4.1 (UnsafeScriptObjectError is not a graph break: no resume
# function, and fullgraph makes no difference; both modes raise the same text).
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
    y = x * 2
    tq.push(y)
    return tq.clone_queue(), y


def error_text(fullgraph):
    cnt = CompileCounter()
    tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    try:
        torch.compile(f, backend=cnt, fullgraph=fullgraph)(tq, torch.ones(2))
    except RuntimeError as e:
        return type(e).__name__, str(e), cnt.frame_count, tq.size()
    return "no error", "", cnt.frame_count, tq.size()


# Both modes print the same whole message (the addresses in it aside).
for fullgraph in (False, True):
    name, text, frames, size = error_text(fullgraph)
    print("fullgraph=" + str(fullgraph), name, frames, size)
    print(text)
