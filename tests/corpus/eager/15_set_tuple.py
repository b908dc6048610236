# set and tuple operations.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union([9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2])
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s, set(), frozenset([1, 2]))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], (1,), ())
print(tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), (1, 2) == (1, 2))
x, *rest = t
print(x, rest)
print(sorted({"pear", "apple", "fig"}), sorted(frozenset({3, 1, 2})))
print({1, 2} == {2, 1}, {1} < {1, 2}, hash((1, 2)) == hash((1, 2)))
