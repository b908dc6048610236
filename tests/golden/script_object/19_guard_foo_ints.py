# Spec: docs/torchbind.md §2 step 3 (constant ints in the flattened contents are guarded, so
# a _Foo with other x/y recompiles), §3.1 step 6 (the flatten keys x and y become the fake class's
# constructor arguments), §9.1 (_Foo.add_tensor(z) = (x + y) * z).
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


def f(foo, x):
    return foo.add_tensor(x) + 1


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
x = torch.ones(2)
print(opt(torch.classes._TorchScriptTesting._Foo(2, 3), x), cnt.frame_count)
print(opt(torch.classes._TorchScriptTesting._Foo(2, 3), x), cnt.frame_count)
print(opt(torch.classes._TorchScriptTesting._Foo(4, 5), x), cnt.frame_count)
print(cnt.op_count)
