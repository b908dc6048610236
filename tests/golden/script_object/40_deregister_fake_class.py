# Spec: docs/torchbind.md §3.3 steps 4-5 (the registry is keyed by the full qualified name;
# deregister_fake_class removes and returns the entry), §3.1 step 5 (after deregistering, tracing
# the object fails with the "haven't registered a fake class" error), §4.1 (rewrapped).
import torch
from torch._library import fake_class_registry


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


name = "__torch__.torch.classes._TorchScriptTesting._TensorQueue"
print(fake_class_registry.has_fake_class(name))
print(fake_class_registry.find_fake_class(name) is FakeTensorQueue)


def f(tq, x):
    tq.push(x)
    return tq.pop() + 1


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
print(torch.compile(f, backend="eager")(tq, torch.ones(2)))
print(fake_class_registry.deregister_fake_class("_TorchScriptTesting::_TensorQueue") is FakeTensorQueue)
print(fake_class_registry.has_fake_class(name))
print(fake_class_registry.find_fake_class(name))
torch._dynamo.reset()
try:
    torch.compile(f, backend="eager")(tq, torch.ones(2))
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue", FakeTensorQueue)
print(torch.compile(f, backend="eager")(tq, torch.ones(2) * 4))
