# logs: graph_breaks,graph_code
# eager-equal
# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from" — a graph break at an
# instruction without break_graph_if_unsupported inside a loop body. In a `for` loop the stack holds
# the iterator, so the last checkpoint is before the loop: the graph ends there and the whole loop
# runs eagerly (no "graph break in loop" skip). In a `while` loop the stack is empty at each
# statement of the body: the checkpoint is the breaking statement's start in the iteration that
# broke, so the graph holds the iterations unrolled before it.
import torch


class Tag:
    pass


def for_loop(x, tags):
    y = x.sin()
    y = y + 1
    for t in tags:
        y = y * 2
        if t is tags[0]:
            y = y - 1
    return y


def while_loop(x, tags):
    y = x.sin()
    i = 0
    while i < 3:
        y = y + i
        if i == 1 and tags[0] is tags[1]:
            y = y * 10
        i += 1
    return y


tags = [Tag(), Tag()]
print(torch.compile(for_loop, backend="eager")(torch.ones(2), tags))
print(torch.compile(while_loop, backend="eager")(torch.ones(2), tags))
