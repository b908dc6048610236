# Spec: docs/dynamo-formats.md §3.3 example 2 (print is a graph break), §5 resume; output order = eager order
# eager-equal
import torch


def f(x):
    y = x.sin()
    print("y computed", y.shape)
    z = y.cos() + 2
    print("z computed")
    return z


print(torch.compile(f, backend="eager")(torch.zeros(3)))
