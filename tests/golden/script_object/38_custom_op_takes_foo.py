# Spec: docs/torchbind.md §6 (custom op with a script-object argument; its fake kernel calls
# foo.add_tensor on the FakeScriptObject), §9.1 (takes_foo(foo, x) = foo.add_tensor(x) = (x+y)*x),
# §2 (placeholders in first-use order: the op's arguments foo, then x).
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


def f(foo, x):
    return torch.ops._TorchScriptTesting.takes_foo(foo, x) + 1


backend = EagerAndRecordGraphs()
foo = torch.classes._TorchScriptTesting._Foo(2, 3)
out = torch.compile(f, backend=backend)(foo, torch.ones(2, 2))
print(backend.graphs[0].code.strip())
print(out)
print(foo.info())
