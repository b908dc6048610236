# logs: graph_breaks
# Spec: docs/compiler-api.md "Objects of user classes": an object constructed in the frame and
# live at a graph break is rebuilt after the first graph (object.__new__ and its attributes) and
# passed to the resume function; one object stays one object (aliases and a reference to itself).
import torch


class Node:
    def __init__(self, value):
        self.value = value
        self.me = self


@torch.compile(backend="eager")
def f(x):
    n = Node(x + 1)
    alias = n
    torch._dynamo.graph_break()
    return n.value * 2, n, alias


out, n, alias = f(torch.ones(2))
print(out, n is alias, n.me is n, n.value)
