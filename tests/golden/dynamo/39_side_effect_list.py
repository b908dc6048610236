# Spec: docs/dynamo-formats.md §5; mutations of lists from outside the frame are replayed after the graph
# eager-equal
import torch

log = []


def f(x, acc):
    y = x * 3
    acc.append(y)
    log.append("called")
    acc[0] = acc[0] + 1
    return y.sum()


acc = [torch.zeros(2)]
print(torch.compile(f, backend="eager")(torch.ones(2), acc))
print(acc)
print(log)
