# Spec: docs/torchbind.md §2 step 3 (the flattened ints of a local _Foo are wrapped like local ints,
# builder.py wrap_literal / wrap_symint: static with an EQUALS_MATCH guard at first, dynamic after they
# change (automatic dynamic), so a third _Foo reuses the second graph; the fake object still gets the
# real ints and the graph runs the real add_tensor, so every result is right), docs/dynamo-formats.md
# §2.8 (the failure reason of the first graph).
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
with torch.compiler.set_stance("fail_on_recompile"):
    try:
        opt(torch.classes._TorchScriptTesting._Foo(4, 3), x)
    except RuntimeError as e:
        print(str(e).replace(__file__, "FILE"))
for a, b in ((4, 5), (6, 7), (8, 9)):
    foo = torch.classes._TorchScriptTesting._Foo(a, b)
    print(opt(foo, x), f(foo, x), cnt.frame_count)
