# Spec: docs/compiler-api.md "Sets" — PyTorch 2.9 models a set as a dict whose keys are its
# elements, so compiled code iterates a set it built element by element (BUILD_SET of variables,
# add) in insertion order, where CPython iterates in hash-table order: the loop order and list(s)
# differ from eager (printed below side by side), while the set itself, `sorted(s)`, a constant
# set display of three or more elements (a frozenset constant, SET_UPDATE) and the result of an
# operator on constant sets (folded on the real sets) are eager's. Not an eager-equal program on
# purpose.
# compiled-equals-eager: differs by design (PyTorch iterates a set it built in insertion order)
import torch


def g(x):
    a = 3
    b = 1
    s = {a, b}
    order = [k for k in s]
    t = set()
    t.add(30)
    t.add(2)
    lit = list({30, 2, 5})
    folded = list(t | {1})
    return order, list(t), lit, folded, sorted(s), s


f = torch.compile(g, backend="eager", fullgraph=True)
x = torch.zeros(1)
print("eager:   ", g(x))
print("compiled:", f(x))
