# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — `lst.append(t.sum().item())` breaks the graph
# at `.item()` with the bound method `lst.append` on the stack; the resume function receives it as
# a stack argument. VariableBuilder wraps a bound method read through a source with its `__self__`
# from its own source (and an ID_MATCH guard on `__func__`), so a second call with another list
# appends to that list (before the fix the method of the first call's list was kept as a constant,
# unguarded, and the second call appended to the first list). Found by
# tests/cpp/core/mutation_diff_test.cpp.
import torch


def f(x, lst):
    a = x * 2
    lst.append(a.sum().item())
    lst.insert(0, print("break"))
    return a


class O:
    def __init__(self):
        self.v = 0

    def bump(self, t):
        self.v += 1
        return t + self.v


def g(x, m):
    a = m(x)
    print("break")
    return a


cf = torch.compile(f, backend="eager")
A, B = [1], [2]
cf(torch.ones(2), A)
cf(torch.ones(2), B)
cf(torch.ones(2), B)
print(A, B)
o1, o2 = O(), O()
cg = torch.compile(g, backend="eager")
print(cg(torch.ones(1), o1.bump), cg(torch.ones(1), o2.bump), cg(torch.ones(1), o2.bump), o1.v, o2.v)
