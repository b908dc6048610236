# Spec: docs/torchbind.md §3.3 step 1 (the TorchScript class must exist; otherwise the error
# from C++ matches "Tried to instantiate class"), checked before the fake class itself (§3.3 order).
import torch


class FakeNothing:
    pass


try:
    @torch._library.register_fake_class("_TorchScriptTesting::_NoSuchClass")
    class FakeNoSuchClass:
        @classmethod
        def __obj_unflatten__(cls, flattened_ctx):
            return cls()
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)

try:
    torch._library.register_fake_class("_TorchScriptTesting::_NoSuchClass", FakeNothing)
    print("no error")
except RuntimeError as e:
    print(e)
