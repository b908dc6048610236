# Spec: docs/compiler-api.md "Objects of user classes": Point(x, y) inside compiled code is traced
# (UserDefinedClassVariable -> UserDefinedObjectVariable with AttributeMutationNew): __init__ and
# the methods are inlined into one graph, attribute writes are tracked, and the object returned is
# a new instance on every call, with the attributes the traced code gave it.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y * self.scale

    def norm2(self):
        return self.x * self.x + self.y * self.y


@torch.compile(backend=cnt, fullgraph=True)
def f(a, b):
    p = Point(a, b)
    p.tag = "made in f"
    p.x = p.x + 1
    return p.norm2(), p


n, p = f(torch.ones(2), torch.ones(2))
n2, p2 = f(torch.ones(2), torch.ones(2))
print(n, cnt.frame_count)
print(type(p).__name__, p.x, p.y, p.tag, sorted(vars(p)))
print(p is p2, p.x is p2.x)
print(cnt.graphs[0].code.strip())
