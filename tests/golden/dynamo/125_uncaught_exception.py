# logs: graph_breaks
# Spec: docs/compiler-api.md "Exceptions": an exception no handler of the compiled frame catches
# (raised, re-raised by a handler, a failing assert) is PyTorch's "Observed exception" (GB0088);
# the frame cannot resume, so it is skipped ("Failed to handle graph break gracefully", one
# record) and runs eagerly: the program sees the same exception as without torch.compile.
import torch


@torch.compile(backend="eager")
def f(x):
    raise ValueError("oops")


@torch.compile(backend="eager")
def g(x):
    try:
        raise RuntimeError("inner")
    except RuntimeError:
        raise


@torch.compile(backend="eager")
def h(x):
    assert x.shape[0] == 3, "need 3 rows"
    return x


for fn in (f, g, h):
    try:
        fn(torch.ones(2))
    except Exception as e:
        print(type(e).__name__, e)
