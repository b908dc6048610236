# Title: Script objects: no fake class registered
# Group: Script objects: hard errors
#
# Without a fake class Dynamo has no way to simulate the object, so wrapping it as an input
# already fails. The error says which class needs one.
import torch


def f(obj, x):
    return obj.get() + x


obj = torch.classes._TorchScriptTesting._FlattenWithTensorOp(torch.zeros(2))
try:
    torch.compile(f, backend="eager")(obj, torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__)
    print(e)


# Registering one fixes it: get() on the fake returns the (fake) contained tensor.
@torch._library.register_fake_class("_TorchScriptTesting::_FlattenWithTensorOp")
class FakeFlatten:
    def __init__(self, t):
        self.t = t

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def get(self):
        return self.t


print(torch.compile(f, backend="eager")(obj, torch.ones(2)))
