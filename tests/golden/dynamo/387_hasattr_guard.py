# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — `hasattr(o, name)` on an input object is
# decided while tracing and guarded (guards.py HASATTR: a NO_HASATTR leaf when the attribute is
# missing, the attribute's own manager when it is there): a later call with an object that gained
# or lost the attribute recompiles. Before the fix the answer was not guarded: the second call
# below took the first graph, skipped the `del`, and the attribute survived. Found by
# tests/cpp/core/mutation_diff_test.cpp.
import torch


class Obj:
    pass


def f(x, o):
    if hasattr(o, "tag"):
        del o.tag
        x = x + 10
    x = x + 1
    return x


cf = torch.compile(f, backend="eager")
o = Obj()
print(cf(torch.ones(1), o), o.__dict__)
o.tag = 5
print(cf(torch.ones(1), o), o.__dict__)
print(cf(torch.ones(1), o), o.__dict__)
o.tag = 6
print(cf(torch.ones(1), o), o.__dict__)
