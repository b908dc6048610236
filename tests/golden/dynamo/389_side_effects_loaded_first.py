# eager-equal
# Spec: docs/compiler-api.md "Differential testers" — side effects are replayed as
# side_effects.py codegen_update_mutated emits them: every target and value is loaded first and
# the mutations are made at the end. `o.items.append(1)` then `o.items = o.items + [k]`: the old
# list gets its new items and the attribute the new list; before the fix the attribute was stored
# first and the old list's replacement then overwrote the new list. Found by
# tests/cpp/core/mutation_diff_test.cpp.
import torch


class Obj:
    def __init__(self):
        self.items = []


def f(x, o, d):
    k = 0
    old = o.items
    o.items.append(1)
    o.items = o.items + [k]
    d["l"].append(2)
    d["l"] = d["l"] + [3]
    return x + 1, old


O = Obj()
D = {"l": []}
cf = torch.compile(f, backend="eager")
r, old = cf(torch.ones(1), O, D)
print(r, O.items, old, D)
