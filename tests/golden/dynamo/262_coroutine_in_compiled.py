# logs: graph_breaks
# eager-equal
# Spec: docs/runtime-subclasses.md §Coroutines — calling an `async def` function inside compiled
# code makes a coroutine, which the playground does not trace: the call is a graph break that says
# so and runs eagerly (so `c` is a real coroutine, as in eager), and driving it with send() inside
# a try block skips the frame. A coroutine function's own frame is never traced (its call only
# makes the object), so compiled returns what eager returns.
import torch


async def scale(x):
    return x * 2


@torch.compile(backend="eager")
def drive(x):
    c = scale(x)
    try:
        c.send(None)
    except StopIteration as e:
        return e.value + 1


@torch.compile(backend="eager")
def make(x):
    return scale(x + 1), x.sin()


print(drive(torch.ones(2)))
c, y = make(torch.zeros(2))
print(type(c).__name__, y)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
