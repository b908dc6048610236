# Spec: docs/dynamo-formats.md §1.9; branches on Python constants, None checks and isinstance fold away (one graph per specialization)
# eager-equal
import torch


def f(x, mode, bias=None):
    if mode == "double":
        y = x * 2
    elif mode == "square":
        y = x * x
    else:
        y = x
    if bias is not None:
        y = y + bias
    if isinstance(mode, str) and len(mode) > 5:
        y = y - 1
    return y


cf = torch.compile(f, backend="eager")
x = torch.tensor([1.0, 2.0, 3.0])
print(cf(x, "double"))
print(cf(x, "square", torch.ones(3)))
print(cf(x, "other"))
