# eager-equal
# Spec: docs/compiler-api.md "Sets" — PyTorch 2.9 models a set as a dict whose keys are its
# elements, so its compiled code iterates a set it built in insertion order, where CPython iterates
# in hash-table order. The playground keeps eager's result: a set of constants is iterated in the
# order of CPython's set built from its elements (`[k for k in {3, 1}]` is [1, 3] both ways); the
# set itself, `sorted(s)`, constant set displays and operators on constant sets are eager's too.
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
