# Title: Script objects: custom operators
# Group: Custom ops
#
# Custom operators can take script objects as arguments. Dynamo traces them like any custom op:
# the object's graph input is passed to the op, and the op's fake kernel (which calls the fake
# object's methods) computes the result while tracing.
import torch
from torch._dynamo.testing import EagerAndRecordGraphs


@torch._library.register_fake_class("_TorchScriptTesting::_Foo")
class FakeFoo:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def add_tensor(self, z):
        return (self.x + self.y) * z


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


def f(foo, tq, x):
    # takes_foo(foo, x) computes foo.add_tensor(x) = (foo.x + foo.y) * x.
    y = torch.ops._TorchScriptTesting.takes_foo(foo, x)
    torch.ops._TorchScriptTesting.queue_push(tq, y)
    return torch.ops._TorchScriptTesting.queue_pop(tq) + 1


backend = EagerAndRecordGraphs()
foo = torch.classes._TorchScriptTesting._Foo(2, 3)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
print(torch.compile(f, backend=backend)(foo, tq, torch.ones(2)))
print(backend.graphs[0].code.strip())
