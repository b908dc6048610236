# eager-equal
# Spec: docs/compiler-api.md "Sets" — an input set mutated in compiled code (add, `|=`, discard,
# across a graph break) is the caller's set afterwards, with eager's contents, and returning it
# returns that same object; a set made in the trace and alive at the graph break (holding a
# tensor the graph computed) is rebuilt for the resume function.
import torch


@torch.compile(backend="eager")
def f(x, s):
    a = x + 1
    live = {a, 3}
    s.add(5)
    s |= {6}
    print("break")  # graph break: live and s are rebuilt for the resume function
    s.discard(1)
    return s, 3 in live


s = {1, 2}
x = torch.zeros(2)
out, has3 = f(x, s)
print(out is s, sorted(s), has3)


@torch.compile(backend="eager")
def same(s):
    return s


t = {3}
print(same(t) is t)


@torch.compile(backend="eager", fullgraph=True)
def clear_it(x, s):
    s.clear()
    return x + 1


u = {1, 2, 3}
clear_it(x, u)
print(u)
