# Title: Script objects: setting an attribute, indexing
# Group: Script objects: hard errors
#
# `obj.a = 1` and `obj[0]` are not method calls of the queue: Dynamo sees them as the protocol
# calls __setattr__ and __getitem__, which it refuses ("Weird method call"), as a hard error.
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


def set_attr(tq, x):
    tq.a = 1
    return x.sin()


def index(tq, x):
    return tq[0] + x


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
for fn in (set_attr, index):
    try:
        torch.compile(fn, backend="eager")(tq, torch.ones(2))
    except RuntimeError as e:
        print(e)
