# logs: graph_breaks
# eager-equal
# Spec: docs/compiler-api.md "Sets" — a set made before a graph break is rebuilt after the graph
# and passed to the resume function, which wraps it as a set input (its CONSTANT_MATCH guard) and
# traces `k in s` and the later add: no "Missing bytecode handler CONTAINS_OP" any more; the only
# graph break is the user's.
import torch


@torch.compile(backend="eager")
def f(x, keys):
    s = {"a", "b"}
    s.add(keys[0])
    y = x + len(s)
    torch._dynamo.graph_break()
    if "c" in s:
        y = y * 2
    s.add("d")
    return y, s, "d" in s


x = torch.ones(2)
y, s, has = f(x, ["c"])
print(y, sorted(s), has)
y, s, has = f(x, ["e"])
print(y, sorted(s), has)
