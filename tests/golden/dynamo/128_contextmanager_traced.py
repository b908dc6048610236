# Spec: docs/compiler-api.md "User context managers": a `contextlib.contextmanager` function used
# in a `with` is traced like any user context manager (the prelude's _GeneratorContextManager:
# its __enter__ and __exit__ inlined, the generator resumed by next() in both, the StopIteration
# that ends it caught by __exit__'s handler); one graph under fullgraph=True.
import contextlib

import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


@contextlib.contextmanager
def scaled(k):
    state = {"k": k}
    yield state
    state["k"] = 0


@torch.compile(backend=cnt, fullgraph=True)
def f(x):
    with scaled(3) as s:
        y = x * s["k"]
    return y + 1, s


y, s = f(torch.ones(2))
print(y, s, cnt.frame_count)
print(cnt.graphs[0].code.strip())
