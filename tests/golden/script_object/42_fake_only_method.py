# Spec: docs/torchbind.md §3.1 step 8 (only methods of the real class, x._method_names(), are
# attached to the FakeScriptObject; a method defined only on the fake class is not reachable), §4.2
# step 2 (so calling it is GB0265, a hard error).
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

    def peek(self):
        return self.queue[0]


def f(tq, x):
    tq.push(x)
    return tq.peek()


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
print("peek" in tq._method_names(), "push" in tq._method_names())
try:
    torch.compile(f, backend="eager")(tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(tq.size())
