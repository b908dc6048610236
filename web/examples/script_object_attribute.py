# Title: Script objects: reading an attribute
# Group: Script objects: hard errors
#
# On a script object Dynamo only supports method calls. Reading a plain attribute is a hard
# error. (While tracing, the object is a FakeScriptObject; script_class_name is one of its few
# non-callable attributes.)
import torch


@torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue")
class FakeTensorQueue:
    def __init__(self, queue):
        self.queue = queue

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def size(self):
        return len(self.queue)


def f(tq, x):
    return x + len(tq.script_class_name)


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    torch.compile(f, backend="eager")(tq, torch.ones(2))
except RuntimeError as e:
    # The message is laid out like a graph-break message, wrapped in the hard error.
    print(type(e).__name__)
    print(e)
