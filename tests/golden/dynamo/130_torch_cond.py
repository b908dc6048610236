# logs: graph_code
# Spec: docs/compiler-api.md "torch.cond": torch.cond(pred, true_fn, false_fn, operands) with a
# tensor pred is traced without a graph break: each branch becomes a subgraph module
# (cond_true_0 / cond_false_0, inputs named after the operands), the graph gets their get_attr
# nodes, one torch.ops.higher_order.cond node and a getitem per output; at run time the pred
# picks the branch. A constant pred inlines the branch it selects. Eagerly, the selected branch
# is called with the operands.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


def true_fn(x, y):
    return x + y, x * 2


def false_fn(x, y):
    return x - y, y.sin()


@torch.compile(backend=cnt, fullgraph=True)
def f(x, y):
    return torch.cond(x.sum() > 0, true_fn, false_fn, (x, y))


@torch.compile(backend=cnt, fullgraph=True)
def g(x):
    return torch.cond(True, lambda v: v.cos(), lambda v: v.sin(), (x,))


x, y = torch.ones(2), torch.zeros(2)
print(f(x, y))
print(f(-x, y))
print(g(torch.zeros(2)), cnt.frame_count)
print(torch.cond(torch.tensor(False), true_fn, false_fn, (x, y)))
