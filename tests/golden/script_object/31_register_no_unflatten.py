# Spec: docs/torchbind.md §3.3 step 2 (a fake class without __obj_unflatten__ is rejected:
# RuntimeError "{fake_class} doesn't define a classmethod __obj_unflatten__.").
import torch


class InvalidFakeQueue:
    def __init__(self):
        pass


try:
    torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue", InvalidFakeQueue)
    print("no error")
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
print(torch._library.fake_class_registry.has_fake_class("__torch__.torch.classes._TorchScriptTesting._TensorQueue"))
