# logs: graph_breaks,graph_code
# Spec: docs/dynamo-formats.md — an f-string of a tensor in compiled code is PyTorch's
# StringFormatVariable (FORMAT_VALUE is `str.format("{:}", value)`, BUILD_STRING joins the parts):
# no graph break; the string is formatted after the graph from the graph's outputs. Printing it
# is the usual print graph break (its argument type is "<unknown type>", as PyTorch words it),
# unless print is a reorderable logging function, which takes the formatted string.
import torch
from torch._dynamo.testing import CompileCounter


def describe(x):
    y = x.sin()
    s = f"value {y} sum={y.sum():.2f} n={x.numel()} {x.shape!r}"
    return y.cos(), s


cnt = CompileCounter()
print(torch.compile(describe, backend=cnt)(torch.zeros(2)))
print(describe(torch.zeros(2)))
print(cnt.frame_count, cnt.op_count)


def train_step(x, step):
    loss = (x * 2).sum()
    print(f"step {step}: loss {loss}")
    return loss + 1


cnt = CompileCounter()
print(torch.compile(train_step, backend=cnt)(torch.ones(3), 7))
print(train_step(torch.ones(3), 7))
print(cnt.frame_count, cnt.op_count)

torch._dynamo.reset()
cnt = CompileCounter()
torch._dynamo.config.reorderable_logging_functions.add(print)
print(torch.compile(train_step, backend=cnt)(torch.ones(3), 8))
print(cnt.frame_count, cnt.op_count)
