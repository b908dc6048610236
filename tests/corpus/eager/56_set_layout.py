# Set iteration order for ints, floats, bools, big ints and tuples of them (CPython 3.11 layout:
# numeric hashes modulo 2**61 - 1, xxHash-based tuple hashes, 8-slot start, growth when 3/5 full,
# linear probing then perturbed jumps, dummies left by deletions and reused by later additions).
s = set()
for x in [33, 1, 65, 97, 129, 2 ** 61 + 5, -7, 2.5, -0.25, 1e300, (1, 2), (2, 1), (), (0,), True]:
    s.add(x)
print(s)
for x in [65, (2, 1), 1e300]:
    s.remove(x)
print(s)
for x in [161, 193, (3, 4)]:
    s.add(x)
print(s)
print({(i, j) for i in range(3) for j in range(2)}, {i * 0.5 for i in range(-4, 5)})
print({9223372036854775807, -9223372036854775807 - 1, 2 ** 62, -(2 ** 62), 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1})
big = set(range(0, 3000, 7))
for x in range(0, 3000, 21):
    big.discard(x)
print(len(big), list(big)[:12], list(big)[-5:])
lit = {905057.9720158351, -517050213509374252, 3419, 617354.4456731742, -72704, 1252, -50331648, (3, 46), True}
print(lit, frozenset([(5, 5), (1, 1), (3, 3)]), set(frozenset({40, 8, 16, 24, 32})))
p = {64, 128, 192, 256, 320}
print([p.pop() for _ in range(3)], p)
p.update({8, 72, 136})
print(p, p.pop(), p)
