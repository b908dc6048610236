# eager-equal
# Spec: docs/compiler-api.md "Sets" — the set methods PyTorch 2.9 traces (its polyfills set_union,
# set_intersection, set_difference, set_symmetric_difference, set_isdisjoint, the *_update forms,
# issubset / issuperset, pop, copy, clear), the in-place operators on a set made in the trace, the
# subset comparisons, frozensets keeping their type through `& | -`, and the KeyError of remove()
# and of pop() on an empty set caught by a traced `try`, and the methods read from the type
# (`set.union(s, t)`): all with fullgraph=True.
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x):
    p = {1, 2, 3}
    q = frozenset([3, 4])
    r = [p.isdisjoint(q), p.isdisjoint({9}), {1, 2}.issubset(p), p.issuperset([1, 9]),
         p.union(q, [5]), p.intersection(q), p.difference([1], (2,)), p.symmetric_difference(q),
         q.union(p), q & p, q | {0}, type(q - p).__name__, p < {1, 2, 3, 4}, p >= {1}, p != q]
    m = {1, 2, 3}
    m.intersection_update({2, 3, 4})
    m |= {7}
    m -= {2}
    m ^= {3, 8}
    r.append(m)
    try:
        m.remove(42)
    except KeyError as e:
        r.append(("KeyError", e.args))
    e = set()
    try:
        e.pop()
    except KeyError as err:
        r.append(err.args)
    popped = {5, 6}.pop()
    r.append(popped)
    cp = m.copy()
    cp.clear()
    r.append((cp, m, len(m)))
    r.append(sorted({k % 3 for k in range(10)}))
    r.append({frozenset({1}), (1, 2)})
    r.append(isinstance(p, set) and isinstance(q, frozenset) and not isinstance(q, set))
    return x + 1, r


for item in f(torch.zeros(1))[1]:
    print(item)


# The methods read from the type: set.union(s, t), frozenset.__sub__(p, q), set.add(s, x).
@torch.compile(backend="eager", fullgraph=True)
def g(x):
    p = frozenset("abc")
    q = {1, 2}
    return x + 1, set.union(q, {3}), frozenset.__sub__(p, frozenset("b")), set.__and__(q, {2}), set.add(q, 5), q


print(g(torch.zeros(1)))
