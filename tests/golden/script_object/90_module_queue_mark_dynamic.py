# Spec: docs/torchbind.md §2 (the module attribute L['self'].tq, placeholder L_self_tq) and §5.3
# "Dynamic shapes" (the dimension marked dynamic survives push and pop: s77 stays in the graph and
# a second size reuses it).
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


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))

    def forward(self, x):
        self.tq.push(x.relu())
        return self.tq.pop() - x


backend = EagerAndRecordGraphs()
m = M()
opt = torch.compile(m, backend=backend)
for n in (3, 7):
    x = torch.arange(n, dtype=torch.float32) - 1
    torch._dynamo.mark_dynamic(x, 0)
    out = opt(x)
    print(out, torch.equal(out, m(x)), m.tq.size())
print(len(backend.graphs))
print(backend.graphs[0].code.strip())
