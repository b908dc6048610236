# logs: graph_breaks,graph_code,guards
# eager-equal
# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from", "Aliased inputs" — `a is b`
# of two different objects of a user class is "Failed to trace builtin operator" (`is_`) at IS_OP,
# which has no break_graph_if_unsupported: the graph (two calls) ends where the `if` statement
# starts and the rest of the frame runs eagerly. The partial graph never read `a` or `b`, so its
# guards are on `x` alone: the call with `a, a` reuses it, and the eager rest takes the other branch.
import torch


class Box:
    def __init__(self, v):
        self.v = v


def pick(x, a, b):
    y = x + 1
    y = y * 2
    if a is b:
        return y - a.v
    return y + a.v + b.v


a, b = Box(1), Box(2)
f = torch.compile(pick, backend="eager")
print(f(torch.ones(2), a, b))
print(f(torch.ones(2), a, a))
print(f(torch.ones(2), b, a))
