# logs: graph_code,guards
# Spec: docs/python-ints.md §Dynamo — ints beyond 64 bits in compiled code are constants
# (ConstantVariable): the tracer folds arithmetic on them (the graph sees only the small result),
# and one given as an input is specialized and guarded by value (EQUALS_MATCH), never a graph input.
import torch


@torch.compile
def f(x, k):
    n = 2**70
    m = n * k + 1
    return x + (m % 7), n // 3, m > 2**64, -k


print(f(torch.ones(2), 2**65))
