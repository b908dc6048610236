# Spec: docs/torchbind.md §3.1 step 4 (the fake copies of the queue's tensors keep
# requires_grad), §5.2 (the compiled graph runs the real pop, so the result is the real leaf's
# value and gradients flow back to it), §2 step 3 (requires_grad is guarded: the second call,
# with a queue of a tensor without grad, recompiles).
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
    return (tq.pop() * x).sum()


cnt = CompileCounter()
opt = torch.compile(f, backend=cnt)
w = torch.tensor([1.0, 2.0], requires_grad=True)
tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
tq.push(w)
loss = opt(tq, torch.tensor([3.0, 4.0]))
print(loss, loss.requires_grad)
loss.backward()
print(w.grad, tq.size(), cnt.frame_count)
tq.push(torch.tensor([1.0, 2.0]))
out = opt(tq, torch.tensor([3.0, 4.0]))
print(out, out.requires_grad, cnt.frame_count)
