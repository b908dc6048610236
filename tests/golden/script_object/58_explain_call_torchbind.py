# Spec: docs/dynamo-formats.md §4 (explain counts call_function nodes and prints str(target));
# docs/torchbind.md §5.3 (str of the HOP is its name, call_torchbind; size() is a node too).
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
    tq.push(x + 1)
    y = tq.pop() * tq.size()
    return y + 2


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
e = torch._dynamo.explain(f)(tq, torch.ones(2))
print(e.graph_count, e.graph_break_count, e.op_count)
print(str(e).split("Out Guards:")[0], end="")
print(tq.size())
