# Spec: docs/torchbind.md §4.2 steps 1-2 (reading a name the fake object does not have at all
# is the same GB0265 hard error: getattr with a default turns the AttributeError into None).
import torch


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
    if tq._not_defined_attr:
        return x + 1
    return x - 1


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    torch.compile(f, backend="eager")(tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
