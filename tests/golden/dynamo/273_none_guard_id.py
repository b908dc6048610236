# logs: recompiles,guards
# eager-equal
# A guard on an argument that was None is an ID_MATCH on None's id; its text, the recompile
# reason when a tensor comes instead, and id(None) in the program print one number
# (Interp::id_of: one source for all three).
import torch


@torch.compile(backend="eager")
def f(x, mask=None):
    if mask is not None:
        x = x * mask
    return x + 1


print(f(torch.ones(2)))
print(f(torch.ones(2), torch.full((2,), 3.0)))
print(id(None))
