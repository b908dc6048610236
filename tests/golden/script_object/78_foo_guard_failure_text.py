# Spec: docs/torchbind.md §2 step 3 (the flattened ints of a _Foo are guarded with EQUALS_MATCH on
# L['foo'].__obj_flatten__()[0][1]), docs/dynamo-formats.md §2.8 (failure reasons name the local:
# foo.__obj_flatten__()[0][1] == 1), shown by set_stance("fail_on_recompile").
import torch


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
    return foo.add_tensor(x)


foo = torch.classes._TorchScriptTesting._Foo(1, 2)
opt = torch.compile(f, backend="eager")
print(opt(foo, torch.ones(2)))
foo.increment(2)
with torch.compiler.set_stance("fail_on_recompile"):
    try:
        opt(foo, torch.ones(2))
    except RuntimeError as e:
        print(str(e).replace(__file__, "FILE"))
print(opt(foo, torch.ones(2)), f(foo, torch.ones(2)))
