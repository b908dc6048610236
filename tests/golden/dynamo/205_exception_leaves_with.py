# logs: graph_breaks
# eager-equal
# Spec: docs/compiler-api.md "Exceptions (observed exceptions)" — an exception leaving a `with` block
# in traced code goes to the block's cleanup handler: WITH_EXCEPT_START calls the context manager's
# exit with (type, exc, None) in the trace (no_grad restores the grad mode: a
# _set_grad_enabled(True) node), then RERAISE; a handler around the block catches it with no graph
# break, and a user __exit__ returning True suppresses it. Uncaught, it is the "Observed exception"
# graph break the frame cannot resume from: the frame runs eagerly and the caller sees eager's
# exception after __exit__ ran.
import torch


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        return typ is KeyError


@torch.compile(backend="eager", fullgraph=True)
def caught(x):
    try:
        with torch.no_grad():
            y = x * 2
            raise ValueError("inside no_grad")
    except ValueError:
        y = x + 1
    return y


@torch.compile(backend="eager", fullgraph=True)
def suppressed(x):
    y = x - 1
    with Suppress():
        y = y * 3
        raise KeyError("gone")
    return y


@torch.compile(backend="eager")
def escapes(x):
    with torch.no_grad():
        y = x * 2
        raise RuntimeError("escapes")
    return y


x = torch.ones(2, requires_grad=True)
r = caught(x)
print(r, r.requires_grad, torch.is_grad_enabled())
print(suppressed(torch.ones(2)))
try:
    escapes(x)
except RuntimeError as e:
    print("RuntimeError", e, torch.is_grad_enabled())
