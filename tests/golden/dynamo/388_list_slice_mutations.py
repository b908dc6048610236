# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — list mutations PyTorch's ListVariable traces
# (insert, clear, reverse, slice assignment, `del l[i:j]`, `del l[i]`, pop with an index) traced
# with fullgraph=True, on an input list, a global list and a new list, with CPython's exact results
# for negative and out-of-range indices, extended slices and the errors (computed on a list of item
# positions). Before, each was a graph break with PyTorch's "does not know how to trace method"
# text or a playground limitation, and `pop(i)` out of range was undefined behaviour.
import torch

G = [0, 1, 2, 3, 4]


def f(x, lst):
    G[:] = G[-3:]
    lst.insert(0, 9)
    lst.insert(-1, 8)
    lst.insert(100, 7)
    del lst[:1]
    del lst[-1]
    lst[::2] = ["a", "b"]
    lst.reverse()
    try:
        del lst[10]
    except IndexError:
        lst.append("del out of range")
    try:
        lst[::2] = [1]
    except ValueError:
        lst.append("extended slice size")
    try:
        lst.pop(50)
    except IndexError:
        lst.append("pop out of range")
    c = [1, 2]
    c.clear()
    c[1:1] = [5, 6, 7]
    del c[::2]
    return x + len(lst), c


L = [1, 2, 3]
print(torch.compile(f, backend="eager", fullgraph=True)(torch.ones(1), L), L, G)
