# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from" — the instruction is reached
# with a non-empty stack, so the checkpoint is further back: inside `with torch.no_grad():` the
# stack holds the block's __exit__, in a call's arguments it holds the callee, and in a try block
# should_compile_partial_graph is false; the graph ends at the last statement start outside them.
# The with block then runs eagerly from its start (no_grad entered by the eager code itself).
import torch


class Tok:
    pass


def in_with(x, a, b):
    y = x * 2
    y = y + 1
    with torch.no_grad():
        z = y * 3
        same = a is b
    return z, same


def in_args(x, a, b):
    y = x * 2
    y = y + 1
    return torch.where(y > 0, y, -y) + (1 if a is b else 2)


def in_try(x, a, b):
    y = x * 2
    y = y + 1
    try:
        z = y - 1
        flag = a is b
    except RuntimeError:
        flag = None
    return z, flag


a, b = Tok(), Tok()
w = torch.ones(2, requires_grad=True)
print(torch.compile(in_with, backend="eager")(w, a, b))
print(torch.compile(in_args, backend="eager")(torch.ones(2), a, b))
print(torch.compile(in_try, backend="eager")(torch.ones(2), a, b))
