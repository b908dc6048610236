# eager-equal
# Spec: docs/compiler-api.md "Sets" — an input set mutated in compiled code (add, `|=`, discard,
# across a graph break) is the caller's set afterwards, with eager's contents, and returning it
# returns that same object; a set made in the trace and alive at the graph break (holding a
# tensor the graph computed) is rebuilt for the resume function. A global set and a module
# attribute set mutated in forward are written back too.
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


# A global set and a module attribute's set mutated in forward: written back after the graph; the
# next call sees the new contents and recompiles (their CONSTANT_MATCH guards).
SEEN = set()


class Tagger(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.tags = {"a"}

    def forward(self, x):
        self.tags.add("b")
        SEEN.add(x.shape[0])
        return x * len(self.tags) + len(SEEN)


m = Tagger()
cm = torch.compile(m, backend="eager")
print(cm(torch.ones(2)), sorted(m.tags), SEEN)
print(cm(torch.ones(3)), sorted(m.tags), SEEN)
print(cm(torch.ones(3)), sorted(m.tags), SEEN)
