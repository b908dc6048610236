# Spec: docs/torchbind.md §2 (queues reached through *args and **kwargs: sources L['args'][0] and
# L['kw']['other'], placeholders L_args_0_ and L_kw_other_, in order of first use), §5.3 (push
# returns None: `r is None` is a constant), docs/dynamo-formats.md §1 (a call_torchbind under
# torch.no_grad() sits between the two _set_grad_enabled nodes); compiled equals eager, grad_fn too.
import torch
from torch._dynamo.testing import EagerAndRecordGraphs


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


def f(*args, **kw):
    q, x = args
    r = q.push(x)
    kw["other"].push(x * 2)
    with torch.no_grad():
        y = kw["other"].pop() * 3
    return r is None, y + q.pop()


def mk():
    return torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))


backend = EagerAndRecordGraphs()
a, b = mk(), mk()
x = torch.ones(2, requires_grad=True)
print(torch.compile(f, backend=backend)(a, x, other=b), a.size(), b.size())
print(f(mk(), x, other=mk()))
print(backend.graphs[0].code.strip())
