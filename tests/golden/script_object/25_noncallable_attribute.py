# Spec: docs/torchbind.md §4.2 step 3 (a non-callable attribute of the FakeScriptObject, such
# as script_class_name, is GB0267, a hard error), §7.1 (no USER_ERROR hint here: one hint line).
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
    name = tq.script_class_name
    return x + len(name)


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    torch.compile(f, backend="eager")(tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
