# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — at a graph break the frame's cell `k` (and the
# closure `bump` rebuilt over it) is handed to the resume function as the cell of the running call
# (Recipe FrameCell: read from the frame), not as the cell the first call had. Before the fix the
# second call's resume function got the first call's cell, already 3: the loop did not run and
# the call returned the wrong tensor. Found by tests/cpp/core/mutation_diff_test.cpp.
import torch


def f(x, lst):
    k = 0

    def bump(t):
        nonlocal k
        k += 1
        return t + k

    a = x * 1
    lst.append(a.sum().item())
    while k < 3:
        a = bump(a)
    return a, k


cf = torch.compile(f, backend="eager")
L = []
for i in range(3):
    print(cf(torch.ones(2) * i, L))
print(L)
