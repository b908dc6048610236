# Spec: docs/torchbind.md §9.1-§9.2 (_ContainsTensor flattens to (("t", t),); FakeContainsTensor
# .get() returns the fake t), §2 step 3 (TENSOR_MATCH on t: same shape reuses, a new shape
# recompiles), §5.3 (get() is a tensor node).
import torch
from torch._dynamo.testing import CompileCounter, EagerAndRecordGraphs


@torch._library.register_fake_class("_TorchScriptTesting::_ContainsTensor")
class FakeContainsTensor:
    def __init__(self, t):
        self.t = t

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def get(self):
        return self.t


def f(obj, x):
    return x @ obj.get()


backend = EagerAndRecordGraphs()
opt = torch.compile(f, backend=backend)
a = torch.classes._TorchScriptTesting._ContainsTensor(torch.eye(2) * 2)
print(opt(a, torch.ones(1, 2)), len(backend.graphs))
print(backend.graphs[0].code.strip())
b = torch.classes._TorchScriptTesting._ContainsTensor(torch.eye(2))
print(opt(b, torch.ones(1, 2)), len(backend.graphs))
c = torch.classes._TorchScriptTesting._ContainsTensor(torch.ones(2, 3))
print(opt(c, torch.ones(1, 2)), len(backend.graphs))
