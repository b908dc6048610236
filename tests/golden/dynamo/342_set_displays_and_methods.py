# logs: graph_code
# eager-equal
# Spec: docs/compiler-api.md "Sets" — set displays, set() / set(iterable) / frozenset(...), set
# comprehensions, add / update / discard / remove, `in`, len and the operators `| & - ^ ==` trace
# with fullgraph=True (PyTorch 2.9's SetVariable / FrozensetVariable): the set is a compile-time
# value, only the tensor arithmetic is in the graph, and the sets returned are rebuilt after it.
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    s = {1, 2, 3}
    s.add(4)
    s.add(2)
    s.update([5, 6], (7,))
    s.discard(7)
    s.discard(100)
    s.remove(6)
    t = set()
    t.add(3)
    u = set([4, 5, 4])
    fs = frozenset([1, 2])
    c = {i * i for i in range(4)}
    n = 0
    for k in s:
        n += k
    y = x * len(s) + n
    if 3 in s and 9 not in s:
        y = y + 1
    if 2 in fs:
        y = y + 10
    return y, s, t, u, fs, c, s | u, s & u, s - u, u ^ {9}, s == {1, 2, 3, 4, 5}, fs <= s


x = torch.ones(2)
for r in f(x):
    print(r)
