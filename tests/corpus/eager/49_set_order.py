# Set iteration order follows CPython 3.11's hash-table slots (ints hash to themselves, the table
# starts with 8 slots and grows 4x when 3/5 full, collisions probe linearly then perturb).
print({3, 2, 1}, {10, 2, 18, 1}, {100, 7, 15, 8})
s = set()
for x in [64, 1, 33, 9, 17, 200, 5]:
    s.add(x)
print(s, len(s))
s.discard(33)
s.add(41)
print(s)
print(set(range(20, 0, -3)), {-1, -2, 0, 2 ** 61, 2 ** 61 - 1})
print({1, 2, 3} | {0}, {5, 6, 7} & {7, 6}, {9, 17, 25} - {17}, {1, 9} ^ {9, 2})
print(frozenset([40, 8, 16]), {(1, 2), (0, 0)}, {True, 0, None is None, 2.0, 3.5})
t = {8, 16, 24, 32, 40}
popped = [t.pop() for _ in range(3)]
print(popped, t)
print([x for x in {12, 4, 36}], sorted({12, 4, 36}), list({0.5, 1.5, 7}))
u = {1, 2, 3}
u |= {11, 12}
u &= {1, 11, 12, 99}
u -= {12}
u ^= {1, 30}
print(u, {*range(5), *[100, 36]}, {n * 8 for n in range(6)})
print({1: 'a', 9: 'b', 3: 'c'}, dict.fromkeys([5, 1, 3]))
print(hash(-1), hash(2 ** 61), hash(1.5), hash(-0.25), hash((1, 2)), hash(()), hash(True))
