# Spec: docs/torchbind.md §2 step 3 and docs/dynamo-formats.md §2.7 (the guard on an empty
# flattened queue is `not L['tq'].__obj_flatten__()[0][1]`; a non-empty one `len(...) == n`), shown
# through the failure reasons of torch.compiler.set_stance("fail_on_recompile").
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
    return x + tq.size()


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
opt = torch.compile(f, backend="eager")
print(opt(tq, torch.zeros(2)))
tq.push(torch.ones(2))
print(opt(tq, torch.zeros(2)))
tq.push(torch.ones(2))
with torch.compiler.set_stance("fail_on_recompile"):
    try:
        opt(tq, torch.zeros(2))
    except RuntimeError as e:
        print(str(e).replace(__file__, "FILE"))
print(f(tq, torch.zeros(2)))
