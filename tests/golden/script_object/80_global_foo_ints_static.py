# Spec: docs/torchbind.md §2 step 3 (a global _Foo's flattened ints keep their EQUALS_MATCH guard:
# builder.py specializes ints whose guard source is not local, so every new pair recompiles), §9.1
# (increment changes x and y of the same object).
import torch
from torch._dynamo.testing import CompileCounter


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


FOO = torch.classes._TorchScriptTesting._Foo(1, 1)


def f(x):
    return FOO.add_tensor(x)


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
for _ in range(3):
    print(opt(torch.ones(2)), f(torch.ones(2)), cnt.frame_count)
    FOO.increment(1)
