# logs: graph_breaks
# Spec: docs/models.md §Ops the zoo needs (repeat_interleave): an int repeats has a static shape
# and stays in the graph; a tensor of repeats reaches the fake tensor as the decomposition's
# aten.repeat_interleave.Tensor, an op whose output shape depends on the data, so Dynamo breaks
# there (gb0036 "Dynamic shape operator", as PyTorch's get_fake_value reports the
# DynamicOutputShapeException) and the rest of the function gets a graph of its own.
import torch
from torch._dynamo.testing import CompileCounter


def f(x, r):
    y = x.repeat_interleave(2, dim=1) * 2
    z = y.repeat_interleave(r, dim=0)
    return z + 1


cnt = CompileCounter()
x = torch.arange(6.).reshape(3, 2)
r = torch.tensor([1, 0, 2])
out = torch.compile(f, backend=cnt)(x, r)
print(out)
print("graphs:", cnt.frame_count, "same as eager:", torch.equal(out, f(x, r)))
