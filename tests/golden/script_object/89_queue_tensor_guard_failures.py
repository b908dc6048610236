# Spec: docs/torchbind.md §2 step 3 (a TENSOR_MATCH on every tensor of the flattened queue),
# docs/dynamo-formats.md §2.8 (the failure names the tensor by its source with L[...] stripped:
# dtype, then requires_grad), shown through set_stance("fail_on_recompile").
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

    def size(self):
        return len(self.queue)


def f(tq, x):
    return tq.pop() + x


def queue_with(t):
    q = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
    q.push(t)
    return q


opt = torch.compile(f, backend="eager")
print(opt(queue_with(torch.ones(2)), torch.ones(2)))
with torch.compiler.set_stance("fail_on_recompile"):
    for t in (torch.ones(2, dtype=torch.float64), torch.ones(2, requires_grad=True)):
        try:
            opt(queue_with(t), torch.ones(2))
        except RuntimeError as e:
            print(str(e).replace(__file__, "FILE"))
print(opt(queue_with(torch.ones(2, dtype=torch.float64)), torch.ones(2)))
