# Spec: docs/dynamo-formats.md §5; side effects before a graph break are applied before the eager instruction runs
# eager-equal
import torch

events = []


def f(x):
    events.append("before")
    y = x + 1
    print("events at print:", events)
    events.append("after")
    return y * 2


print(torch.compile(f, backend="eager")(torch.ones(2)))
print(events)
