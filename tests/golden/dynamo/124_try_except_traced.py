# Spec: docs/compiler-api.md "Exceptions": an exception raised and caught inside compiled code is
# traced (the exception table gives the handler): `except E as e`, a tuple of classes, `finally`,
# an exception raised in an inlined function and caught by its caller, `e.args`, a user exception
# class. One graph, no graph break (fullgraph=True), the same results as eager.
import torch
from torch._dynamo.testing import CompileCounterWithBackend

cnt = CompileCounterWithBackend("eager")


class TooBig(Exception):
    pass


def check(x):
    if x.shape[0] > 2:
        raise TooBig("too big", x.shape[0])
    return x


@torch.compile(backend=cnt, fullgraph=True)
def f(x):
    try:
        x = check(x)
    except TooBig as e:
        x = x[:2] * e.args[1]
    try:
        raise ValueError("bad")
    except (KeyError, ValueError):
        x = x + 1
    finally:
        x = x * 2
    try:
        pass
    except Exception:
        x = x * 100
    return x


print(f(torch.ones(2)))
print(f(torch.ones(4)))
print(cnt.frame_count)
print(cnt.graphs[1].code.strip())
