# Spec: docs/compiler-api.md "iter() and next()": iterators over lists, tuples, dicts and ranges are
# traced (ListIteratorVariable), next() with and without a default, no graph break.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x):
    it = iter([1, 2, 3])
    a = next(it)
    b = next(it)
    keys = iter({"p": 1, "q": 2})
    k = next(keys)
    r = iter(range(10, 0, -3))
    next(r)
    c = next(r)
    t = iter((x, x * 2))
    first = next(t)
    rest = list(t)
    d = next(iter([]), 5)
    return first + rest[0] * a + b + c + d, k


print(f(torch.ones(2)), cnt.frame_count)
