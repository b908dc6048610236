# logs: guards,recompiles
# eager-equal
# Spec: docs/compiler-api.md "Sets" — a set or frozenset of constants passed in (or read as a
# global) is wrap_literal's constant: guarded by CONSTANT_MATCH (`EQUALS_MATCH: L['names'] ==
# {...}`), so a set with other elements recompiles. The trace's add / discard on the input set are
# replayed on the caller's set after the graph.
import torch

ALLOWED = {"relu", "tanh"}


@torch.compile(backend="eager")
def f(x, names, frozen):
    if "relu" in names and "relu" in ALLOWED:
        x = torch.relu(x)
    if "tanh" in frozen:
        x = torch.tanh(x)
    names.add("seen")
    names.discard("old")
    return x * len(names)


names = {"relu", "old"}
fz = frozenset({"tanh"})
x = torch.tensor([-1.0, 0.5])
r = f(x, names, fz)
print(r, sorted(names))
names2 = {"relu", "old"}
print(f(x, names2, fz), sorted(names2))
names3 = {"sigmoid"}
print(f(x, names3, fz), sorted(names3))
ALLOWED.discard("relu")
print(f(x, {"relu"}, frozenset()))
