# logs: graph_breaks
# Spec: docs/compiler-api.md "Nested functions at a graph break": a function made in the frame
# (MAKE_FUNCTION) that is live at a graph break, or being called when one happens inside it, is
# rebuilt after the graph from its code, defaults and closure cells (the frame's own cells, one
# cell each however many functions share it) and the frame resumes; results as in eager.
import torch


@torch.compile(backend="eager")
def live_at_break(x):
    scale = 3

    def inner(y, k=2):
        return y * scale + k

    torch._dynamo.graph_break()
    r = inner(x)
    return r, inner


@torch.compile(backend="eager")
def break_inside(x):
    def inner(i):
        nonlocal x
        x = x + 1
        if i == 1:
            torch._dynamo.graph_break()

    inner(0)
    inner(1)
    inner(2)
    return x


@torch.compile(backend="eager")
def shared_cell(x):
    n = 2

    def get():
        return n

    def set_n(v):
        nonlocal n
        n = v

    set_n(5)
    torch._dynamo.graph_break()
    return x * get() + n, get, set_n


r, inner = live_at_break(torch.ones(2))
print(r, inner(torch.zeros(1)), inner.__name__, inner.__qualname__, inner.__defaults__)
print(break_inside(torch.ones(2)))
out, get, set_n = shared_cell(torch.ones(2))
set_n(7)
print(out, get())
