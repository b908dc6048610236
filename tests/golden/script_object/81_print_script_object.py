# Spec: torch/csrc/jit/python/script_init.cpp (str() of a ScriptObject whose class has no __str__
# is "ScriptObject <qualified name>", repr() is "<torch.ScriptObject object at 0x...>"),
# docs/dynamo-formats.md §5 (print is a graph break: it runs eagerly on the real object, rebuilt
# from its source, between the two graphs).
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
    print(tq, tq.size())
    return tq.pop() + 1


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
print(str(tq))
print(repr(tq))
print(f"{tq}")
cnt = CompileCounter()
print(torch.compile(f, backend=cnt)(tq, torch.ones(2)), cnt.frame_count, tq.size())
print(f(tq, torch.ones(2)), tq.size())
