# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — one tracker per runtime cell
# (side_effects.py track_cell_existing): after a graph break the resume function holds the frame's
# cell `k` and the real closure `bump` over it; inlining `bump` must write the same cell the loop
# condition reads. Before the fix each inlined call made a fresh tracker for the closure's cell, so
# `while k < 3` never saw k change and tracing ran until the tracing budget stopped the program.
# Also a global closure counter called twice in one frame. Found by
# tests/cpp/core/mutation_diff_test.cpp.
import torch


def f(x):
    k = 0

    def bump(t):
        nonlocal k
        k += 1
        return t + k

    a = x * 1
    print("graph break")
    while k < 3:
        a = bump(a)
    return a, k


def make_counter():
    c = 0

    def inc(t):
        nonlocal c
        c += 1
        return t + c

    return inc


inc = make_counter()


def g(x):
    return inc(inc(x))


print(torch.compile(f, backend="eager")(torch.ones(2)))
cg = torch.compile(g, backend="eager")
print(cg(torch.zeros(1)), cg(torch.zeros(1)), inc(torch.zeros(1)))
