# Spec: docs/dynamo-formats.md §5 (torch._dynamo.graph_break() splits the frame into two graphs),
# docs/torchbind.md §2 step 3 (the second graph's fake object is built from the real queue,
# which by then holds the first graph's push), §5.3 (pop in the second graph is a tensor node);
# docs/dynamo-formats.md §3.3 example 1 (with fullgraph=True the same call is an Unsupported error
# raised before anything runs).
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

    def size(self):
        return len(self.queue)


def f(tq, x):
    tq.push(x + 1)
    torch._dynamo.graph_break()
    return tq.pop() * 3


cnt = CompileCounter()
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
out = torch.compile(f, backend=cnt)(tq, torch.zeros(2))
print(out)
print(cnt.frame_count, cnt.op_count)
print(tq.size())
torch._dynamo.reset()
try:
    torch.compile(f, backend=CompileCounter(), fullgraph=True)(tq, torch.zeros(2))
except Exception as e:
    print(type(e).__name__)
    print(str(e).replace(__file__, __file__.split("/")[-1]))
print(tq.size())
