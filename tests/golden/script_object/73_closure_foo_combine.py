# Spec: docs/torchbind.md §2 (a _Foo captured in a closure cell), §4.2 (a method the fake class
# does not define, here info, is the hard error GB0265 even when the real class has it), §9.1.
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


def make(foo):
    def f(x):
        return foo.add_tensor(x) * foo.info()
    return f


f = make(torch.classes._TorchScriptTesting._Foo(2, 3))
print(f(torch.ones(2)))
cnt = CompileCounter()
try:
    torch.compile(f, backend=cnt)(torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
    print("doesn't define the method info." in str(e), "gb0265.html\n\nfrom user code:\n" in str(e))
print(cnt.frame_count)
