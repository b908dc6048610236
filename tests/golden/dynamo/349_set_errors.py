# eager-equal
# Spec: docs/compiler-api.md "Sets" — the errors of set operations in compiled code are eager's:
# `set | int` is a TypeError and an unhashable element a TypeError, both caught by a traced `try`;
# `frozenset.add` is the AttributeError eager raises (an uncaught observed exception: the frame
# runs eagerly and the caller sees the exception).
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    out = []
    s = {1, 2}
    try:
        s | 1
    except TypeError as e:
        out.append(e.args)
    try:
        s.add([1])
    except TypeError as e:
        out.append(e.args)
    try:
        s - [1]
    except TypeError as e:
        out.append(e.args)
    return x + len(s), out


y, out = f(torch.zeros(1))
print(y)
for o in out:
    print(o)


@torch.compile(backend="eager")
def g(x):
    fs = frozenset({1})
    fs.add(2)
    return x


try:
    g(torch.zeros(1))
except AttributeError as e:
    print("AttributeError:", e)
