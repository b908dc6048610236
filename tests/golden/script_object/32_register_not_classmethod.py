# Spec: docs/torchbind.md §3.3 step 3 (__obj_unflatten__ must be a classmethod in the class
# __dict__; a plain function or a staticmethod is rejected with
# "__obj_unflatten__ method is not a classmethod.").
import torch


class FakeFooPlain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))


class FakeFooStatic:
    @staticmethod
    def __obj_unflatten__(flattened_ctx):
        return None


for fake in (FakeFooPlain, FakeFooStatic):
    try:
        torch._library.register_fake_class("_TorchScriptTesting::_Foo", fake)
        print("no error")
    except RuntimeError as e:
        print(type(e).__name__ + ": " + str(e))
