# Title: A new shape recompiles, then the size becomes dynamic
# Group: Guards and recompiles
#
# A compiled graph is guarded: it is reused only while its inputs look the same (shape, dtype,
# requires_grad...). Calling f with a new size fails the guard on x's size, so Dynamo compiles
# again, this time marking that dimension dynamic ("automatic dynamic shapes"), and the second
# graph then serves every later size without another compile.
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x):
    return x.sin() + 1


for n in (3, 3, 4, 5, 6):
    out = f(torch.zeros(n))
    print(n, "compiles so far:", cnt.frame_count)
