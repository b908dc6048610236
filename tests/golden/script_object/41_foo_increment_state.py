# Spec: docs/torchbind.md §3.2 (fake state evolves: increment(1) on the fake _Foo(2, 3) makes
# info() return 3 * 4 = 12 during the trace), §5.3 (None and int results), §5.2 (the graph calls the
# real increment, so the caller's object changes), §2 (its flattened ints are guarded, so the next
# call with the mutated object recompiles).
import torch
from torch._dynamo.testing import CompileCounter, EagerAndRecordGraphs


@torch._library.register_fake_class("_TorchScriptTesting::_Foo")
class FakeFoo:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def increment(self, z):
        self.x += z
        self.y += z

    def info(self):
        return self.x * self.y


def f(foo, x):
    foo.increment(1)
    return x + foo.info()


backend = EagerAndRecordGraphs()
cnt = CompileCounter()
foo = torch.classes._TorchScriptTesting._Foo(2, 3)
print(torch.compile(f, backend=backend)(foo, torch.zeros(2)))
print(backend.graphs[0].code.strip())
print(foo.info())
torch._dynamo.reset()
opt = torch.compile(f, backend=cnt)
print(opt(foo, torch.zeros(2)), cnt.frame_count)
print(opt(foo, torch.zeros(2)), cnt.frame_count)
print(foo.info())
