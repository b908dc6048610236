# Spec: docs/torchbind.md §2 (an nn.Module attribute L['self'].foo, placeholder L_self_foo),
# §2 step 3 (guards on the flattened ints x and y: foo.increment(1) changes them, so the next call
# recompiles), §9.2 (FakeFoo.add_tensor).
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


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.foo = torch.classes._TorchScriptTesting._Foo(1, 2)

    def forward(self, x):
        return self.foo.add_tensor(x) + 1


backend = EagerAndRecordGraphs()
m = M()
opt = torch.compile(m, backend=backend)
x = torch.ones(2)
print(opt(x), m(x))
print(opt(x), len(backend.graphs))
m.foo.increment(1)
print(opt(x), m(x), len(backend.graphs))
print(backend.graphs[0].code.strip())
