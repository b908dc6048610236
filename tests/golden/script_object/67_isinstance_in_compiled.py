# Spec: docs/torchbind.md §4.4 (the tracker's python_type() is FakeScriptObject, so inside a
# compiled function isinstance(tq, torch.ScriptObject) is False and isinstance(tq,
# FakeScriptObject) is True, as in PyTorch; eager says the opposite). Outside compiled code the
# object is a torch.ScriptObject.
# compiled-equals-eager: differs by design (PyTorch traces the object as its FakeScriptObject, §4.4)
import torch
from torch._library.fake_class_registry import FakeScriptObject


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
    return isinstance(tq, torch.ScriptObject), isinstance(tq, FakeScriptObject), x + 1


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
print(type(tq), isinstance(tq, torch.ScriptObject), isinstance(tq, FakeScriptObject))
print(f(tq, torch.zeros(2)))
print(torch.compile(f, backend="eager")(tq, torch.zeros(2)))
