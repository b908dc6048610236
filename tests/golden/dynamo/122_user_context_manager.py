# Spec: docs/compiler-api.md "User context managers": `with Timer():` on a class with Python
# __enter__/__exit__ built in the compiled function is traced (GenericContextWrappingVariable):
# both methods are inlined, the body is in the same graph, their attribute writes are visible after.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


class Scaled:
    def __init__(self, factor):
        self.factor = factor
        self.state = "new"

    def __enter__(self):
        self.state = "entered"
        return self.factor

    def __exit__(self, exc_type, exc, tb):
        self.state = "exited"
        return False


@torch.compile(backend=cnt, fullgraph=True)
def f(x):
    cm = Scaled(3)
    with cm as k:
        y = x * k
        inside = cm.state
    return y + 1, cm, inside


y, cm, inside = f(torch.ones(2))
print(y, cm.state, inside, cnt.frame_count)
print(cnt.graphs[0].code.strip())
