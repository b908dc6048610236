# Title: Script objects: a method the fake class lacks
# Group: Script objects: hard errors
#
# Dynamo can only trace the methods that the fake class implements. Calling any other method
# is not a graph break but a hard error: Dynamo cannot run the real method safely, and it
# cannot fall back to eager halfway through either.
import torch
from torch._dynamo.testing import CompileCounter


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

    # No clone_queue here: the real _TensorQueue has it, the fake class does not.


def f(tq, x):
    tq.push(x)
    return tq.clone_queue()


cnt = CompileCounter()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
try:
    # fullgraph=False does not help: the error is raised, not turned into a graph break.
    torch.compile(f, backend=cnt, fullgraph=False)(tq, torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
# Nothing was compiled and nothing ran: the real queue is still empty.
print(cnt.frame_count, tq.size())
