# Title: Script objects: a tensor shared with the queue
# Group: Script objects: hard errors
#
# Dynamo guards on everything inside a script object (its __obj_flatten__() contents), and
# each tensor there is treated as a graph input. If that same tensor is also passed directly,
# the two inputs alias each other, which Dynamo refuses: clone the tensor instead.
import torch


@torch._library.register_fake_class("_TorchScriptTesting::_TensorQueue")
class FakeTensorQueue:
    def __init__(self, queue):
        self.queue = queue

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        return cls(**dict(flattened_ctx))

    def push(self, x):
        self.queue.append(x)

    def pop(self):
        return self.queue.pop(0)


def f(x, tq):
    # x is seen first; then tq, whose contents hold the very same tensor object.
    return x.sin(), tq.pop().cos()


x = torch.zeros(2)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(x)
try:
    torch.compile(f, backend="eager")(x, tq)
except RuntimeError as e:
    print(type(e).__name__)
    print(e)

# With a copy in the queue there is no aliasing.
tq.pop()
tq.push(x.clone())
print(torch.compile(f, backend="eager")(x, tq))
