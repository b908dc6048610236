# Spec: docs/torchbind.md §3.1 step 2 (__obj_flatten__ runs for real, outside the trace:
# _FlattenWithTensorOp flattens to t.sin(), no sin node appears), §3.1 step 4 (the fake class gets a
# fresh fake tensor of the same shape), §5.2 (at run time the real get() returns t itself).
import torch
from torch._dynamo.testing import EagerAndRecordGraphs


@torch._library.register_fake_class("_TorchScriptTesting::_FlattenWithTensorOp")
class FakeFlatten:
    def __init__(self, t):
        self.t = t

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def get(self):
        return self.t


def f(obj, x):
    return obj.get() + x


backend = EagerAndRecordGraphs()
obj = torch.classes._TorchScriptTesting._FlattenWithTensorOp(torch.full((2,), 3.0))
out = torch.compile(f, backend=backend)(obj, torch.ones(2))
print(backend.graphs[0].code.strip())
print(out)
print(obj.__obj_flatten__())
