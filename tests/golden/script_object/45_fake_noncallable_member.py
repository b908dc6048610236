# Spec: docs/torchbind.md §3.1 step 8 (a fake-class attribute named like a real method must be
# callable: RuntimeError "Expect size to be a callable but got 3."), §4.1 (raised while wrapping
# the input, rewrapped as InternalTorchDynamoError).
import torch


@torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue")
class FakeTensorQueue:
    size = 3

    def __init__(self, queue):
        self.queue = queue

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def push(self, x):
        self.queue.append(x)


def f(tq, x):
    tq.push(x)
    return x + 1


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    torch.compile(f, backend="eager")(tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(tq.size())
